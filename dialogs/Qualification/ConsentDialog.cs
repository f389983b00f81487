using System.Security.Cryptography;
using System.Text;
using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Resources;
using LeadBot.Dialogs.Runtime;
using LeadBot.Dialogs.Runtime.Prompts;
using Microsoft.Bot.Builder;

namespace LeadBot.Dialogs.Qualification;

/// <summary>Step 2: asks for consent before anything personal is asked or stored. Yes records a consent record (text
/// version and hash, time, channel, conversation, locale); no stores nothing and ends politely. Ends with true or false.</summary>
public sealed class ConsentDialog : ComponentDialog
{
    private const string PromptId = "consent.prompt";
    private readonly QualificationServices _services;

    public ConsentDialog(QualificationServices services)
        : base(nameof(ConsentDialog))
    {
        _services = services;
        AddDialog(new WaterfallDialog("consent.flow", [AskAsync, RecordAsync]));
        AddDialog(new ConfirmPrompt(PromptId, defaultLocale: services.Options.DefaultLocale));
        InitialDialogId = "consent.flow";
    }

    /// <summary>The exact consent text shown in a language; its hash is stored with the consent record.</summary>
    public static string ConsentText(ConversationOptions options, string language) =>
        Texts.Format("Consent.Text", language, options.CompanyName, options.PrivacyPolicyUrl, options.RetentionDays);

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = _services.LanguageOf(step.Context);
        return await step.PromptAsync(PromptId, new PromptOptions
        {
            Prompt = QuestionActivity.Ask(QuestionSteps.Consent, ConsentText(_services.Options, language)),
            RetryPrompt = QuestionActivity.Ask(QuestionSteps.Consent, Texts.Get("Consent.Retry", language)),
            MaxAttempts = _services.Policy.MaxAttempts,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> RecordAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = _services.LanguageOf(step.Context);
        if (step.Result is true)
        {
            var answers = await _services.GetAnswersAsync(step.Context, cancellationToken);
            var activity = step.Context.Activity;
            answers.Consent = new ConsentRecord
            {
                TextVersion = _services.Options.ConsentVersion,
                TextHash = Hash(ConsentText(_services.Options, language)),
                GivenAt = _services.Clock.GetUtcNow(),
                ChannelId = activity.ChannelId ?? "",
                ConversationId = activity.Conversation?.Id ?? "",
                Locale = SupportedLanguages.CultureOf(language),
            };
            await step.Context.SendActivityAsync(QuestionActivity.Say(Texts.Get("Consent.Thanks", language)), cancellationToken);
            return await step.EndDialogAsync(true, cancellationToken);
        }

        var key = step.Result is PromptRetryLimitReached ? "Consent.NoAnswer" : "Consent.Declined";
        await step.Context.SendActivityAsync(QuestionActivity.Say(Texts.Get(key, language)), cancellationToken);
        return await step.EndDialogAsync(false, cancellationToken);
    }
}
