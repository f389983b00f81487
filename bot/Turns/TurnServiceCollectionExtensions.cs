using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Turns;

/// <summary>The turn pipeline's composition root: options, the staged Bot Builder states, reply delivery, and the bot
/// (<typeparamref name="TBot"/> inside <see cref="ReliableTurnBot"/>). Needs an <see cref="ITurnStore"/> and an
/// <see cref="IStorage"/> (AddLeadBotStorage).</summary>
public static class TurnServiceCollectionExtensions
{
    public static IServiceCollection AddLeadBotTurns<TBot>(this IServiceCollection services, IConfiguration configuration)
        where TBot : class, IBot
    {
        var options = new TurnOptions();
        configuration.GetSection(TurnOptions.SectionName).Bind(options);
        if (options.Validate() is { Count: > 0 } errors)
        {
            throw new OptionsValidationException(TurnOptions.SectionName, typeof(TurnOptions), errors);
        }

        services.AddSingleton(options);
        // The states the dialogs use: staged in the turn's transaction (the last registration of the base types wins).
        services.AddSingleton<StagedConversationState>();
        services.AddSingleton<StagedUserState>();
        services.AddSingleton<ConversationState>(sp => sp.GetRequiredService<StagedConversationState>());
        services.AddSingleton<UserState>(sp => sp.GetRequiredService<StagedUserState>());
        services.AddSingleton<ReplyDelivery>();
        services.AddTransient<TBot>();
        services.AddTransient<IBot>(sp => ReliableTurnBot.Around(sp.GetRequiredService<TBot>(), sp));
        return services;
    }
}
