using LeadBot.Bot.Handoff;
using LeadBot.Bot.Teams.Cards;
using Microsoft.Extensions.Options;

// In the DI namespace (like AddHttpClient, AddOptions) so the composition root needs no extra using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the live chat between prospects on the website and sales in Teams (bot/Handoff).</summary>
public static class LiveChatServiceCollectionExtensions
{
    /// <summary>
    /// Needs the storage, the conversation (AddLeadConversation) and Teams (AddLeadBotTeams). Binds
    /// <see cref="LiveChatOptions"/> from the section "LiveChat" and validates it at start-up; replaces the lead card's
    /// view with one that shows presence and live chats.
    /// </summary>
    public static IServiceCollection AddLeadBotLiveChat(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<LiveChatOptions>().Bind(configuration.GetSection(LiveChatOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LiveChatOptions>, LiveChatOptionsValidation>();
        services.AddSingleton<LiveChatStore>();
        services.AddSingleton<LiveChatConnections>();
        services.AddSingleton<LiveChatCards>();
        services.AddSingleton<LiveChatFlow>();
        services.AddSingleton<LiveChatProspectStep>();
        services.AddSingleton<LiveChatSalesStep>();
        services.AddSingleton<LiveChatPersonalData>();
        services.AddSingleton<ILeadCardViews, LiveChatCardViews>();
        services.AddHostedService<LiveChatWorker>();
        return services;
    }
}
