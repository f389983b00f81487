namespace LeadBot.Bot.Tests.Support;

/// <summary>One bot host and the stand-in connector it replies to, for a test class whose tests each use a conversation
/// of their own (an xunit class fixture). <see cref="StartHostAsync"/> says which host.</summary>
public class SharedBotHost : IAsyncLifetime
{
    public ConnectorStandIn StandIn { get; private set; } = null!;

    public BotHost Host { get; private set; } = null!;

    /// <summary>The host to share; the plain bot by default.</summary>
    protected virtual Task<BotHost> StartHostAsync() => BotHost.StartAsync();

    public async Task InitializeAsync()
    {
        StandIn = await ConnectorStandIn.StartAsync();
        Host = await StartHostAsync();
    }

    public virtual async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Host.DeleteDatabase();
        await StandIn.DisposeAsync();
    }
}
