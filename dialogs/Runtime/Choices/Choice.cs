using Microsoft.Bot.Schema;

namespace LeadBot.Dialogs.Runtime.Choices;

/// <summary>One option of a choice or confirm prompt.</summary>
public class Choice
{
    public Choice()
    {
    }

    public Choice(string value, params string[] synonyms)
    {
        Value = value;
        Synonyms = synonyms.Length > 0 ? synonyms.ToList() : null;
    }

    public string Value { get; set; } = string.Empty;

    /// <summary>Optional button for this choice; its Title is also matched.</summary>
    public CardAction? Action { get; set; }

    public List<string>? Synonyms { get; set; }
}

/// <summary>The choice a prompt recognized: Index is 0-based; Synonym is the text that matched.</summary>
public class FoundChoice
{
    public string Value { get; set; } = string.Empty;

    public int Index { get; set; }

    public float Score { get; set; }

    public string? Synonym { get; set; }
}

/// <summary>How choices are rendered.</summary>
public enum ListStyle
{
    None,
    Auto,
    Inline,
    List,
    SuggestedAction,
    HeroCard,
}

/// <summary>Separators and numbering for inline and list rendering.</summary>
public class ChoiceFactoryOptions
{
    public ChoiceFactoryOptions()
    {
    }

    public ChoiceFactoryOptions(string inlineSeparator, string inlineOr, string inlineOrMore, bool includeNumbers = true)
    {
        InlineSeparator = inlineSeparator;
        InlineOr = inlineOr;
        InlineOrMore = inlineOrMore;
        IncludeNumbers = includeNumbers;
    }

    public string? InlineSeparator { get; set; }

    public string? InlineOr { get; set; }

    public string? InlineOrMore { get; set; }

    public bool? IncludeNumbers { get; set; }
}

/// <summary>Options of choice recognition.</summary>
public class FindChoicesOptions
{
    public bool NoValue { get; set; }

    public bool NoAction { get; set; }

    public bool AllowPartialMatches { get; set; }

    public int? MaxTokenDistance { get; set; }

    public string? Locale { get; set; }

    public bool? RecognizeNumbers { get; set; }

    public bool? RecognizeOrdinals { get; set; }
}

/// <summary>A recognized choice with its position in the utterance (character offsets, inclusive).</summary>
public class ChoiceMatch
{
    public int Start { get; set; }

    public int End { get; set; }

    public string Text { get; set; } = string.Empty;

    public FoundChoice Resolution { get; set; } = new();
}
