using LeadBot.Bot.Criteria;
using LeadBot.Dialogs.Domain;
using Microsoft.Extensions.Options;

// In the DI namespace (like AddHttpClient, AddOptions) so the composition root needs no extra using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the qualification policy's versions and the criteria workbench.</summary>
public static class CriteriaServiceCollectionExtensions
{
    /// <summary>
    /// Needs the storage (AddLeadBotStorage) and the dialogs (the configured <see cref="QualificationPolicy"/>, version 1).
    /// Makes the conversation read the policy in force from <see cref="PolicyCache"/> instead of configuration; the host
    /// loads the stored versions after migrating (<see cref="LoadQualificationPolicyAsync"/>).
    /// </summary>
    public static IServiceCollection AddLeadBotCriteria(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CriteriaOptions>().Bind(configuration.GetSection(CriteriaOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CriteriaOptions>, CriteriaOptionsValidation>();
        services.AddSingleton(sp => new PolicyCache(sp.GetRequiredService<QualificationPolicy>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IQualificationPolicySource>(sp => sp.GetRequiredService<PolicyCache>());
        services.AddSingleton<PolicyVersions>();
        services.AddSingleton<WhatIf>();
        services.AddSingleton<Rescore>();
        services.AddHostedService<PolicyRefreshWorker>();
        services.AddCriteriaDashboardSections();
        return services;
    }

    /// <summary>Writes version 1 when there is none and puts the newest version in force; call after migrating.</summary>
    public static Task LoadQualificationPolicyAsync(this IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<PolicyVersions>().LoadAsync(cancellationToken);
}
