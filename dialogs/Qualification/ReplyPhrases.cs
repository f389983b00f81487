using System.Collections.Concurrent;
using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Resources;

namespace LeadBot.Dialogs.Qualification;

/// <summary>
/// Matches a reply against the bot's own buttons and their synonyms ("Ja, das stimmt", "Etwas ändern", "Skip", …) in
/// BOTH languages, so a German chat answered with an English button label (or the other way round) is understood. A
/// match is the whole message after <see cref="ConversationCommands.Normalize"/> (case, punctuation and spacing
/// ignored): one linear pass and a set lookup, whatever the message's length.
/// </summary>
public static class ReplyPhrases
{
    private static readonly ConcurrentDictionary<string, HashSet<string>> Sets = new(StringComparer.Ordinal);

    /// <summary>Whether the normalized reply is one of the phrases of <paramref name="key"/> (a "|"-separated text) in any
    /// language.</summary>
    public static bool Matches(string normalizedReply, string key) =>
        normalizedReply.Length > 0 && Sets.GetOrAdd(key, Load).Contains(normalizedReply);

    /// <summary>Whether the normalized reply matches any of the keys.</summary>
    public static bool MatchesAny(string normalizedReply, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (Matches(normalizedReply, key))
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<string> Load(string key)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var language in SupportedLanguages.All)
        {
            foreach (var phrase in Texts.Get(key, language).Split('|'))
            {
                var normalized = ConversationCommands.Normalize(phrase);
                if (normalized.Length > 0)
                {
                    set.Add(normalized);
                }
            }
        }

        return set;
    }
}
