using LeadBot.Bot.Teams;
using LeadBot.Bot.Teams.Cards;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

// In the DI namespace (like AddHttpClient, AddOptions) so the composition root needs no extra using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Teams sales handoff: options, its store, the card builder, the sales bot and its parts, the notifier and
/// the outbox worker.</summary>
public static class TeamsServiceCollectionExtensions
{
    /// <summary>
    /// Needs the storage (AddLeadBotStorage) and the Bot Framework adapter (BotAdapter). Binds <see cref="TeamsOptions"/>
    /// from the section "Teams" (plus <c>Bot:PublicBaseUrl</c>) and validates it at start-up.
    /// </summary>
    public static IServiceCollection AddLeadBotTeams(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TeamsOptions>()
            .Bind(configuration.GetSection(TeamsOptions.SectionName))
            .Configure(o => o.PublicBaseUrl = configuration[TeamsOptions.PublicBaseUrlKey] ?? "")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<TeamsOptions>, TeamsOptionsValidation>();
        services.AddSingleton<TeamsStore>();
        services.AddSingleton<LeadCardBuilder>();
        services.TryAddSingleton<ILeadCardViews, LeadCardViewsWithoutChat>();
        services.AddSingleton<LeadPageLinks>();
        services.AddSingleton<TeamsNotifier>();
        services.AddSingleton<SalesTenant>();
        services.AddSingleton<TeamChannelList>();
        services.AddSingleton<TeamsInstallations>();
        services.AddSingleton<SalesCommands>();
        services.AddSingleton<LeadCardReplacement>();
        services.AddSingleton<LeadCardActions>();
        services.AddSingleton<ITeamsSalesHandler, TeamsSalesBot>();
        services.AddHostedService<TeamsOutboxWorker>();
        return services;
    }
}
