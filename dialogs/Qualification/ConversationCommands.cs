using System.Globalization;
using LeadBot.Dialogs.Resources;
using LeadBot.Dialogs.Understanding;

namespace LeadBot.Dialogs.Qualification;

/// <summary>What a prospect can say at any point of the conversation, in either language.</summary>
public enum ConversationCommand
{
    None,
    Help,
    Cancel,
    StartOver,
    SwitchToGerman,
    SwitchToEnglish,
    ShowMyData,
    DeleteMyData,
    WithdrawConsent,

    /// <summary>Back to the previous question ("zurück", "back").</summary>
    Back,

    /// <summary>The prospect wants a person ("mit einem Menschen sprechen", "talk to a person"): the host's live chat
    /// takes it before the dialogs when it is set up; otherwise the dialogs read the message as before (the give-up
    /// prompt's "talk to a person" offers the sales contact).</summary>
    TalkToPerson,
}

/// <summary>Recognizes the global commands. A command is the whole message (punctuation and case ignored), so an
/// answer that merely contains the word ("my company helps…") is never taken for one. The phrases live in the
/// resources ("Commands.*"); both languages' phrases work whatever language the conversation is in. A language switch
/// is also recognized in its everyday variants ("Können wir auf Deutsch weitermachen?", "English, please!"): a short
/// message that names one language and otherwise holds only words of the "Commands.LanguageFiller" list.</summary>
public static class ConversationCommands
{
    private static readonly (ConversationCommand Command, string Key)[] Keys =
    [
        (ConversationCommand.Help, "Commands.Help"),
        (ConversationCommand.Cancel, "Commands.Cancel"),
        (ConversationCommand.StartOver, "Commands.StartOver"),
        (ConversationCommand.SwitchToGerman, "Commands.German"),
        (ConversationCommand.SwitchToEnglish, "Commands.English"),
        (ConversationCommand.ShowMyData, "Commands.ShowData"),
        (ConversationCommand.DeleteMyData, "Commands.DeleteData"),
        (ConversationCommand.WithdrawConsent, "Commands.Withdraw"),
        (ConversationCommand.Back, "Commands.Back"),
        (ConversationCommand.TalkToPerson, "Commands.TalkToPerson"),
    ];

    /// <summary>No command is longer; a longer message is an answer and is not normalized at all.</summary>
    private const int MaxCommandLength = 120;

    /// <summary>A language switch in its own words has at most this many words.</summary>
    private const int MaxLanguageSwitchWords = 8;

    private static readonly Lazy<Dictionary<string, ConversationCommand>> Phrases = new(Load);
    private static readonly Lazy<LanguageWords> Languages = new(LoadLanguageWords);

    public static ConversationCommand Recognize(string? text)
    {
        if (text is null || text.Length > MaxCommandLength)
        {
            return ConversationCommand.None;
        }

        var normalized = Normalize(text);
        if (normalized.Length == 0)
        {
            return ConversationCommand.None;
        }

        return Phrases.Value.TryGetValue(normalized, out var command) ? command : LanguageSwitch(normalized);
    }

    /// <summary>"können wir auf deutsch weitermachen" → German: one language named, every other word a filler.</summary>
    private static ConversationCommand LanguageSwitch(string normalized)
    {
        var words = Languages.Value;
        var german = false;
        var english = false;
        var count = 0;
        foreach (var range in normalized.AsSpan().Split(' '))
        {
            var word = normalized[range].TrimEnd('?');
            if (word.Length == 0)
            {
                continue;
            }

            if (++count > MaxLanguageSwitchWords)
            {
                return ConversationCommand.None;
            }

            if (words.German.Contains(word))
            {
                german = true;
            }
            else if (words.English.Contains(word))
            {
                english = true;
            }
            else if (!words.Filler.Contains(word))
            {
                return ConversationCommand.None;
            }
        }

        return german == english ? ConversationCommand.None
            : german ? ConversationCommand.SwitchToGerman
            : ConversationCommand.SwitchToEnglish;
    }

    private sealed record LanguageWords(HashSet<string> German, HashSet<string> English, HashSet<string> Filler);

    private static LanguageWords LoadLanguageWords()
    {
        HashSet<string> Words(string key)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var language in Domain.SupportedLanguages.All)
            {
                foreach (var phrase in Texts.Get(key, language).Split('|'))
                {
                    var word = Normalize(phrase);
                    if (word.Length > 0)
                    {
                        set.Add(word);
                    }
                }
            }

            return set;
        }

        return new LanguageWords(Words("Commands.GermanWords"), Words("Commands.EnglishWords"), Words("Commands.LanguageFiller"));
    }

    private static Dictionary<string, ConversationCommand> Load()
    {
        var map = new Dictionary<string, ConversationCommand>(StringComparer.Ordinal);
        foreach (var (command, key) in Keys)
        {
            foreach (var language in Domain.SupportedLanguages.All)
            {
                foreach (var phrase in Texts.Get(key, language).Split('|'))
                {
                    var p = Normalize(phrase);
                    if (p.Length > 0)
                    {
                        map.TryAdd(p, command);
                    }
                }
            }
        }

        return map;
    }

    /// <summary>Lower-cases (invariant), turns everything but letters, digits and '?' into spaces and collapses the
    /// spaces; one pass, one string (this runs for every message). Look-alike characters are read as the plain ones
    /// first, as every answer is, so that a full-width "ｚｕｒüｃｋ" or a soft hyphen inside a word still matches.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        text = TypedCharacters.AsPlain(text);
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(c) || c == '?')
            {
                if (pendingSpace && length > 0)
                {
                    buffer[length++] = ' ';
                }

                pendingSpace = false;
                buffer[length++] = c;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return new string(buffer[..length]);
    }
}
