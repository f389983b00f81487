using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace LeadBot.Dialogs.Runtime.Choices;

/// <summary>Renders choices as text, suggested actions or a hero card (same output as the Bot Framework's ChoiceFactory).</summary>
public static class ChoiceFactory
{
    /// <summary>Auto style: any title over 20 characters → List; card actions but no suggested actions → HeroCard;
    /// suggested actions → SuggestedAction; up to 3 choices → Inline; otherwise List.</summary>
    public static IMessageActivity ForChannel(string? channelId, IList<Choice> choices, string? text = null, string? speak = null, ChoiceFactoryOptions? options = null, string? conversationType = null)
    {
        choices ??= new List<Choice>();
        var maxTitleLength = choices.Select(c => (c.Action?.Title ?? c.Value ?? string.Empty).Length).DefaultIfEmpty(0).Max();
        var longTitles = maxTitleLength > 20;
        var supportsSuggested = Channel.SupportsSuggestedActions(channelId, choices.Count, conversationType);
        var supportsCards = Channel.SupportsCardActions(channelId, choices.Count);

        if (!longTitles && !supportsSuggested && supportsCards)
        {
            return HeroCard(choices, text, speak);
        }

        if (!longTitles && supportsSuggested)
        {
            return SuggestedAction(choices, text, speak);
        }

        if (!longTitles && choices.Count <= 3)
        {
            return Inline(choices, text, speak, options);
        }

        return List(choices, text, speak, options);
    }

    public static IMessageActivity Inline(IList<Choice> choices, string? text = null, string? speak = null, ChoiceFactoryOptions? options = null)
    {
        choices ??= new List<Choice>();
        var opt = new ChoiceFactoryOptions
        {
            InlineSeparator = options?.InlineSeparator ?? ", ",
            InlineOr = options?.InlineOr ?? " or ",
            InlineOrMore = options?.InlineOrMore ?? ", or ",
            IncludeNumbers = options?.IncludeNumbers ?? true,
        };

        var txt = (text ?? string.Empty) + " ";
        var connector = string.Empty;
        var index = 1;
        foreach (var choice in choices)
        {
            var title = choice.Action?.Title ?? choice.Value;
            txt += connector;
            if (opt.IncludeNumbers == true)
            {
                txt += "(" + index + ") ";
            }

            txt += title;
            connector = index == choices.Count - 1 ? (index == 1 ? opt.InlineOr : opt.InlineOrMore) ?? string.Empty : opt.InlineSeparator ?? string.Empty;
            index++;
        }

        return MessageFactory.Text(txt, speak, InputHints.ExpectingInput);
    }

    public static IMessageActivity List(IList<Choice> choices, string? text = null, string? speak = null, ChoiceFactoryOptions? options = null)
    {
        choices ??= new List<Choice>();
        var includeNumbers = options?.IncludeNumbers ?? true;
        var txt = (text ?? string.Empty) + "\n\n   ";
        var connector = string.Empty;
        var index = 1;
        foreach (var choice in choices)
        {
            var title = choice.Action?.Title ?? choice.Value;
            txt += connector + (includeNumbers ? index + ". " : "- ") + title;
            connector = "\n   ";
            index++;
        }

        return MessageFactory.Text(txt, speak, InputHints.ExpectingInput);
    }

    public static IMessageActivity SuggestedAction(IList<Choice> choices, string? text = null, string? speak = null) =>
        MessageFactory.SuggestedActions(ExtractActions(choices), text, speak, InputHints.ExpectingInput);

    public static IMessageActivity HeroCard(IList<Choice> choices, string? text = null, string? speak = null)
    {
        var attachment = new HeroCard(text: text, buttons: ExtractActions(choices)).ToAttachment();
        return MessageFactory.Attachment(attachment, null, speak, InputHints.ExpectingInput);
    }

    public static IList<CardAction> ExtractActions(IList<Choice>? choices) =>
        (choices ?? new List<Choice>())
            .Select(c => c.Action ?? new CardAction { Type = ActionTypes.ImBack, Title = c.Value, Value = c.Value })
            .ToList();
}
