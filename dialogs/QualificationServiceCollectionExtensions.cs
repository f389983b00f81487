using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Qualification;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LeadBot.Dialogs;

/// <summary>The dialogs project's composition root: the qualification policy, the conversation settings, the scorer and
/// the dialogs. The host adds ConversationState, IStorage and an <see cref="ILeadRepository"/>.</summary>
public static class QualificationServiceCollectionExtensions
{
    public static IServiceCollection AddQualificationDialogs(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<QualificationPolicy>()
            .Bind(configuration.GetSection(QualificationPolicy.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<QualificationPolicy>>(new Validation<QualificationPolicy>(p => p.Validate()));
        services.AddOptions<ConversationOptions>()
            .Bind(configuration.GetSection(ConversationOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ConversationOptions>>(new Validation<ConversationOptions>(o => o.Validate()));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<QualificationPolicy>>().Value);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ConversationOptions>>().Value);
        // The host may register a policy source of its own (versions in a database); without one the configured policy
        // is version 1 for good.
        services.TryAddSingleton<IQualificationPolicySource>(sp =>
            new ConfiguredQualificationPolicy(sp.GetRequiredService<QualificationPolicy>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<Understanding.AnswerReader>();
        services.AddSingleton<QualificationServices>();
        services.AddSingleton<QualificationDialog>();
        services.AddSingleton<LeadConversation>();
        return services;
    }

    private sealed class Validation<T>(Func<T, IReadOnlyList<string>> validate) : IValidateOptions<T>
        where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            var errors = validate(options);
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }
}
