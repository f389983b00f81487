using LeadBot.Dialogs.Domain;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>Data-subject rights on stored leads (<see cref="IPersonalDataStore"/>) and their options.</summary>
    public static IServiceCollection AddLeadBotPrivacy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PrivacyOptions>().Bind(configuration.GetSection(PrivacyOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PrivacyOptions>>(new PrivacyOptionsValidation(configuration));
        services.AddSingleton<IPersonalDataStore, EfPersonalDataStore>();
        return services;
    }
}
