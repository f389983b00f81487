using LeadBot.Dialogs.Domain;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>Data-subject rights on stored leads (<see cref="IPersonalDataStore"/>), retention (<see cref="RetentionJob"/>
    /// on a schedule) and their options, validated at start-up.</summary>
    public static IServiceCollection AddLeadBotPrivacy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PrivacyOptions>().Bind(configuration.GetSection(PrivacyOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PrivacyOptions>>(new PrivacyOptionsValidation(configuration));
        services.AddSingleton<EfPersonalDataStore>();
        services.AddSingleton<IPersonalDataStore>(sp => sp.GetRequiredService<EfPersonalDataStore>());

        services.AddOptions<RetentionOptions>().Configure(o => RetentionOptions.Load(configuration, o)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RetentionOptions>>(new RetentionOptionsValidation(configuration));
        services.AddSingleton<RetentionJob>();
        services.AddHostedService<RetentionService>();
        return services;
    }
}
