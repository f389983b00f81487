using System.Security.Claims;
using LeadBot.Bot.Hosting;
using LeadBot.Bot.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.Hosting;

public sealed class ConnectorClientReuseTests
{
    [Fact]
    public async Task Twenty_turns_give_twenty_replies_through_one_connector_client()
    {
        await using var standIn = await ConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync(configureServices: s => s.AddTransient<IBot, EchoBot>());
        try
        {
            using var first = new EmulatorClient(host.MessagesUri, standIn);
            using var second = new EmulatorClient(host.MessagesUri, standIn, "en-US");
            for (var i = 0; i < 10; i++)
            {
                Assert.Equal($"echo: a{i}", Assert.Single(await first.SendAndWaitAsync($"a{i}")).Text);
                Assert.Equal($"echo: b{i}", Assert.Single(await second.SendAndWaitAsync($"b{i}")).Text);
            }

            Assert.Equal(10, standIn.Of(first.ConversationId).Count);
            Assert.Equal(10, standIn.Of(second.ConversationId).Count);
            var auth = host.Services.GetRequiredService<CachingBotFrameworkAuthentication>();
            Assert.Equal(1, auth.ClientsCreated);
            Assert.Same(auth, host.Services.GetRequiredService<BotFrameworkAuthentication>());
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    [Fact]
    public async Task Concurrent_turns_share_the_client_and_all_replies_arrive()
    {
        await using var standIn = await ConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync(configureServices: s => s.AddTransient<IBot, EchoBot>());
        try
        {
            var clients = Enumerable.Range(0, 10).Select(_ => new EmulatorClient(host.MessagesUri, standIn)).ToList();
            await Task.WhenAll(clients.Select(async c =>
            {
                for (var i = 0; i < 5; i++)
                {
                    await c.SendAndWaitAsync($"m{i}");
                }
            }));

            Assert.All(clients, c => Assert.Equal(5, standIn.Of(c.ConversationId).Count));
            Assert.Equal(1, host.Services.GetRequiredService<CachingBotFrameworkAuthentication>().ClientsCreated);
            clients.ForEach(c => c.Dispose());
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    [Fact]
    public async Task Factory_hands_out_the_same_client_per_service_url_and_a_turn_cannot_dispose_it()
    {
        var inner = new CountingAuthentication();
        using var auth = new CachingBotFrameworkAuthentication(inner);
        var identity = new ClaimsIdentity();

        var factory = auth.CreateConnectorFactory(identity);
        var a1 = await factory.CreateAsync("http://localhost:1/", null!, CancellationToken.None);
        a1.Dispose(); // what TurnContext does at the end of a turn
        var a2 = await auth.CreateConnectorFactory(identity).CreateAsync("http://LOCALHOST:1", null!, CancellationToken.None);
        var b = await factory.CreateAsync("http://localhost:2/", null!, CancellationToken.None);

        Assert.Same(a1, a2);
        Assert.NotSame(a1, b);
        Assert.Equal(2, inner.Created);
        Assert.Equal(0, inner.Disposed);
        Assert.Equal(new Uri("http://localhost:1/"), a2.BaseUri);

        auth.Dispose(); // the host stopping disposes the real clients
        Assert.Equal(2, inner.Disposed);
    }

    [Fact]
    public async Task Clients_are_kept_apart_per_audience_and_the_cache_is_bounded()
    {
        var inner = new CountingAuthentication();
        using var auth = new CachingBotFrameworkAuthentication(inner);
        var factory = auth.CreateConnectorFactory(new ClaimsIdentity());

        var x = await factory.CreateAsync("http://localhost:1/", "audience-x", CancellationToken.None);
        var y = await factory.CreateAsync("http://localhost:1/", "audience-y", CancellationToken.None);
        Assert.NotSame(x, y);

        for (var i = 0; i < CachingBotFrameworkAuthentication.MaxCachedClients + 10; i++)
        {
            await factory.CreateAsync($"http://host{i}.example/", null!, CancellationToken.None);
        }

        Assert.Equal(CachingBotFrameworkAuthentication.MaxCachedClients, auth.CachedClients);
    }

    private sealed class CountingAuthentication : BotFrameworkAuthentication
    {
        public int Created;
        public int Disposed;

        public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => new Factory(this);

        public override Task<AuthenticateRequestResult> AuthenticateRequestAsync(Microsoft.Bot.Schema.Activity activity, string authHeader, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        private sealed class Factory(CountingAuthentication owner) : ConnectorFactory
        {
            public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
            {
                Interlocked.Increment(ref owner.Created);
                IConnectorClient client = new CountingClient(owner, new ConnectorClient(new Uri(serviceUrl), MicrosoftAppCredentials.Empty));
                return Task.FromResult(client);
            }
        }

        private sealed class CountingClient(CountingAuthentication owner, ConnectorClient inner) : IConnectorClient
        {
            public Uri BaseUri { get => inner.BaseUri; set => inner.BaseUri = value; }

            public Newtonsoft.Json.JsonSerializerSettings SerializationSettings => inner.SerializationSettings;

            public Newtonsoft.Json.JsonSerializerSettings DeserializationSettings => inner.DeserializationSettings;

            public Microsoft.Rest.ServiceClientCredentials Credentials => inner.Credentials;

            public IAttachments Attachments => inner.Attachments;

            public IConversations Conversations => inner.Conversations;

            public void Dispose()
            {
                Interlocked.Increment(ref owner.Disposed);
                inner.Dispose();
            }
        }
    }
}
