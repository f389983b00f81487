using LeadBot.Bot.Conversation;
using LeadBot.Bot.Storage;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Funnel;

/// <summary>The funnel's composition root.</summary>
public static class FunnelServiceCollectionExtensions
{
    /// <summary>
    /// Registers the "Funnel" options (validated at start-up), the turn observer that records journeys and events (when
    /// Funnel:Enabled), the interceptor that records people's stage changes, and the job that marks abandoned
    /// conversations and purges funnel rows past Retention:FunnelDays. Call after AddLeadBotStorage.
    /// </summary>
    public static IServiceCollection AddLeadBotFunnel(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(FunnelOptions.SectionName);
        services.AddOptions<FunnelOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FunnelOptions>, FunnelOptionsValidation>();
        var options = section.Get<FunnelOptions>() ?? new FunnelOptions();
        if (options.Enabled)
        {
            services.AddSingleton<IProspectTurnObserver, FunnelRecorder>();
            // The lead repository, wrapped so the turn that stored a lead learns it without reading it back.
            var repository = services.LastOrDefault(d => d.ServiceType == typeof(ILeadRepository));
            if (repository?.ImplementationFactory is { } factory)
            {
                services.Remove(repository);
                services.AddSingleton(sp => new FunnelLeadHandoff((ILeadRepository)factory(sp)));
                services.AddSingleton<ILeadRepository>(sp => sp.GetRequiredService<FunnelLeadHandoff>());
            }
        }

        // Every context the bot creates (both providers' pooled factories) gets the interceptor.
        services.ConfigureDbContext<SqliteLeadBotDbContext>(o => o.AddInterceptors(FunnelStageInterceptorInstance));
        services.ConfigureDbContext<PostgreSqlLeadBotDbContext>(o => o.AddInterceptors(FunnelStageInterceptorInstance));
        services.AddSingleton<PendingJourneys>();
        services.AddHostedService<PendingJourneysService>();
        services.AddSingleton<FunnelMaintenance>();
        services.AddHostedService<FunnelMaintenanceService>();
        return services;
    }

    private static readonly FunnelStageInterceptor FunnelStageInterceptorInstance = new();
}
