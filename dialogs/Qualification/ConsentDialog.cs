using System.Security.Cryptography;
using System.Text;
using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Resources;
using LeadBot.Dialogs.Runtime;
using LeadBot.Dialogs.Understanding;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace LeadBot.Dialogs.Qualification;

/// <summary>
/// Step 2: asks for consent before anything personal is asked or stored. Only a clear yes counts (a high reading of
/// <see cref="AnswerReader.ReadYesNo"/> or the "Ja" button, in either language): it records a consent record (text
/// version and hash, time, channel, conversation, locale). A clear no stores nothing and ends politely. Anything else,
/// an unsure yes included, is asked again with "please answer yes or no", at most <see cref="QualificationPolicy.MaxAttempts"/>
/// times; then nothing is stored. A reply that opens with a clear yes or no and goes on with other answers ("Ja, gerne.
/// Sabine Krüger, Krüger Logistik GmbH, …", <see cref="AnswerReader.ReadConsentOpening"/>) is that yes or no: after a
/// yes the reply is handed on (<see cref="ConsentGiven.Message"/>) so the first question takes its answers once the
/// consent is recorded; after a no nothing of it is kept. Details without a consent answer are not kept either: the
/// question is asked again. Ends with a <see cref="ConsentGiven"/> or false.
/// </summary>
public sealed class ConsentDialog : Dialog
{
    private const string AttemptsKey = "attempts";

    /// <summary>A yes or a no is short, but the first message may carry other answers too: as long as a question reads.</summary>
    private const int MaxAnswerLength = 500;

    private readonly QualificationServices _services;

    public ConsentDialog(QualificationServices services)
        : base(nameof(ConsentDialog))
    {
        _services = services;
    }

    /// <summary>The exact consent text shown in a language; its hash is stored with the consent record.</summary>
    public static string ConsentText(ConversationOptions options, string language) =>
        Texts.Format("Consent.Text", language, options.CompanyName, options.PrivacyPolicyUrl, options.RetentionDays);

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        dc.ActiveDialog!.State[AttemptsKey] = 0;
        await AskAsync(dc.Context, retry: false, prefix: null, cancellationToken);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        AskAsync(turnContext, retry: false, prefix: null, cancellationToken);

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var context = dc.Context;
        if (context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var language = _services.LanguageOf(context);
        var text = context.Activity.Text ?? "";
        string? prefix = null;
        if (text.Length > MaxAnswerLength)
        {
            prefix = Texts.Format("TooLong", language, MaxAnswerLength);
        }
        else if (ConversationCommands.Recognize(text) == ConversationCommand.Back)
        {
            prefix = Texts.Get("Back.First", language);
        }
        else if (_services.Reader.ReadConsentOpening(text, _services.ReadingContextOf(context)) is { } opening)
        {
            // "Ja, gerne. Sabine Krüger, …": the answer, and after a yes the rest for the questions; after a no nothing
            return await (opening.Consent.Value
                ? RecordAsync(dc, language, text, cancellationToken)
                : DeclineAsync(dc, "Consent.Declined", language, cancellationToken));
        }
        else if (Decide(context, text) is { } agreed)
        {
            return await (agreed ? RecordAsync(dc, language, null, cancellationToken) : DeclineAsync(dc, "Consent.Declined", language, cancellationToken));
        }
        else if (_services.Reader.ReadAll(text, _services.ReadingContextOf(context)).Count > 0)
        {
            // details before the consent: not kept, and the prospect is told why they are asked again
            prefix = Texts.Get("Consent.DetailsFirst", language);
        }

        var attempts = dc.ActiveDialog!.State.GetValue<int>(AttemptsKey) + 1;
        dc.ActiveDialog.State[AttemptsKey] = attempts;
        if (attempts >= _services.Policy.MaxAttempts)
        {
            return await DeclineAsync(dc, "Consent.NoAnswer", language, cancellationToken);
        }

        await AskAsync(context, retry: true, prefix, cancellationToken);
        return EndOfTurn;
    }

    /// <summary>True for a clear yes, false for a clear no, null otherwise (an unsure reading is asked again).</summary>
    private bool? Decide(ITurnContext context, string text)
    {
        var normalized = ConversationCommands.Normalize(text);
        if (ReplyPhrases.Matches(normalized, "Consent.Yes"))
        {
            return true;
        }

        if (ReplyPhrases.Matches(normalized, "Consent.No"))
        {
            return false;
        }

        return _services.Reader.ReadYesNo(text, _services.ReadingContextOf(context)) is { Confidence: Confidence.High } reading ? reading.Value : null;
    }

    private Task AskAsync(ITurnContext context, bool retry, string? prefix, CancellationToken cancellationToken)
    {
        var language = _services.LanguageOf(context);
        var text = retry ? Texts.Get("Consent.Retry", language) : ConsentText(_services.Options, language);
        if (prefix is not null)
        {
            text = prefix + " " + text;
        }

        string[] buttons = [Texts.Get("Consent.Yes", language), Texts.Get("Consent.No", language)];
        return context.SendActivityAsync(QuestionActivity.AskChoices(QuestionSteps.Consent, context, text, buttons, language, reask: retry), cancellationToken);
    }

    /// <param name="message">The consent reply when it carries other answers, handed on to the questions.</param>
    private async Task<DialogTurnResult> RecordAsync(DialogContext dc, string language, string? message, CancellationToken cancellationToken)
    {
        var context = dc.Context;
        var answers = await _services.GetAnswersAsync(context, cancellationToken);
        var activity = context.Activity;
        answers.Consent = new ConsentRecord
        {
            TextVersion = _services.Options.ConsentVersion,
            TextHash = Hash(ConsentText(_services.Options, language)),
            GivenAt = _services.Clock.GetUtcNow(),
            ChannelId = activity.ChannelId ?? "",
            ConversationId = activity.Conversation?.Id ?? "",
            Locale = SupportedLanguages.CultureOf(language),
        };
        await context.SendActivityAsync(QuestionActivity.Say(Texts.Get("Consent.Thanks", language)), cancellationToken);
        return await dc.EndDialogAsync(new ConsentGiven(message), cancellationToken);
    }

    private static async Task<DialogTurnResult> DeclineAsync(DialogContext dc, string key, string language, CancellationToken cancellationToken)
    {
        await dc.Context.SendActivityAsync(QuestionActivity.Say(Texts.Get(key, language)), cancellationToken);
        return await dc.EndDialogAsync(false, cancellationToken);
    }
}

/// <summary>The result of <see cref="ConsentDialog"/> when consent was given (and recorded): the reply itself when it
/// also carried other answers ("Ja, gerne. Sabine Krüger, …"), for the first question to take them.</summary>
public sealed record ConsentGiven(string? Message);
