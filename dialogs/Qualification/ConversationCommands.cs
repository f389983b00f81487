using System.Globalization;
using LeadBot.Dialogs.Resources;

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
}

/// <summary>Recognizes the global commands. A command is the whole message (punctuation and case ignored), so an
/// answer that merely contains the word ("my company helps…") is never taken for one. The phrases live in the
/// resources ("Commands.*"); both languages' phrases work whatever language the conversation is in.</summary>
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
    ];

    private static readonly Lazy<Dictionary<string, ConversationCommand>> Phrases = new(Load);

    public static ConversationCommand Recognize(string? text)
    {
        var normalized = Normalize(text);
        return normalized.Length > 0 && Phrases.Value.TryGetValue(normalized, out var command) ? command : ConversationCommand.None;
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
    /// spaces; one pass, one string (this runs for every message).</summary>
    internal static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

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
