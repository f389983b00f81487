using LeadBot.Bot.Hosting;
using LeadBot.Bot.Privacy;
using LeadBot.Dialogs;
using Microsoft.Bot.Builder;

namespace LeadBot.Bot.Conversation;

/// <summary>Registers the bot and the qualification conversation it runs.</summary>
public static class ConversationServiceCollectionExtensions
{
    public static IServiceCollection AddLeadConversation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddQualificationDialogs(configuration);
        services.AddLeadBotPrivacy(configuration);
        // The bot runs inside ReliableTurnBot: one processing per activity, state committed before replies are sent,
        // a turn that lost a race with another instance rerun on fresh state.
        var turns = new ReliableTurnOptions();
        configuration.GetSection(ReliableTurnOptions.SectionName).Bind(turns);
        if (turns.MaxAttempts < 1 || turns.ClaimTimeToLive <= TimeSpan.Zero)
        {
            throw new Microsoft.Extensions.Options.OptionsValidationException(ReliableTurnOptions.SectionName, typeof(ReliableTurnOptions),
                [$"{ReliableTurnOptions.SectionName}:MaxAttempts must be at least 1 and {ReliableTurnOptions.SectionName}:ClaimTimeToLive positive (e.g. 00:00:10)."]);
        }

        services.AddSingleton(turns);
        services.AddTransient<LeadBotActivityHandler>();
        services.AddTransient<IBot>(sp => new ReliableTurnBot(
            sp.GetRequiredService<LeadBotActivityHandler>(),
            sp.GetRequiredService<IStorage>(),
            sp.GetRequiredService<ReliableTurnOptions>(),
            sp.GetService<ILogger<ReliableTurnBot>>() ?? Microsoft.Extensions.Logging.Abstractions.NullLogger<ReliableTurnBot>.Instance));
        return services;
    }
}
