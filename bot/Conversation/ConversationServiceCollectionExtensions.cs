using LeadBot.Bot.Privacy;
using LeadBot.Bot.Turns;
using LeadBot.Dialogs;

namespace LeadBot.Bot.Conversation;

/// <summary>Registers the bot and the qualification conversation it runs.</summary>
public static class ConversationServiceCollectionExtensions
{
    public static IServiceCollection AddLeadConversation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddQualificationDialogs(configuration);
        services.AddLeadBotPrivacy(configuration);
        services.AddLogging();
        services.AddLeadBotTurns<LeadBotActivityHandler>(configuration);
        return services;
    }
}
