using System.Globalization;
using System.Resources;
using LeadBot.Dialogs.Qualification;

namespace LeadBot.Bot.Handoff;

/// <summary>What the live chat says to the prospect and to sales (LiveChatMessages.resx, LiveChatMessages.de.resx), and
/// its phrases.</summary>
public static class LiveChatText
{
    private static readonly ResourceManager Manager = new("LeadBot.Bot.Handoff.Resources.LiveChatMessages", typeof(LiveChatText).Assembly);
    private static readonly Lazy<HashSet<string>> ProspectEnd = new(() => Phrases("Prospect.EndPhrases"));
    private static readonly Lazy<HashSet<string>> SalesEnd = new(() => Phrases("Sales.EndPhrases"));

    /// <summary>German for "de…", English otherwise.</summary>
    public static CultureInfo CultureFor(string? localeOrLanguage) =>
        localeOrLanguage is not null && localeOrLanguage.StartsWith("de", StringComparison.OrdinalIgnoreCase)
            ? CultureInfo.GetCultureInfo("de-DE")
            : CultureInfo.GetCultureInfo("en-US");

    public static string Get(string name, CultureInfo culture) =>
        Manager.GetString(name, culture) ?? throw new MissingManifestResourceException($"LiveChatMessages.{name} is missing.");

    public static string Format(string name, CultureInfo culture, params object?[] args) => string.Format(culture, Get(name, culture), args);

    /// <summary>The first word of a display name ("Anna Schmidt" → "Anna"): how the prospect gets to know the person.</summary>
    public static string FirstName(string displayName)
    {
        var trimmed = displayName.Trim();
        var space = trimmed.IndexOfAny([' ', ',']);
        var first = space > 0 ? trimmed[..space] : trimmed;
        return first.Length == 0 ? "?" : first.Length > 64 ? first[..64] : first;
    }

    /// <summary>How the person's messages are signed on the website: "Anna (Vertrieb)".</summary>
    public static string AgentDisplayName(string displayName, CultureInfo culture) => Format("Prospect.AgentName", culture, FirstName(displayName));

    /// <summary>The prospect wants to end the live chat ("Chat beenden", "back to the bot"), in either language.</summary>
    public static bool IsProspectEnd(string? text) => text is { Length: <= 60 } && ProspectEnd.Value.Contains(ConversationCommands.Normalize(text));

    /// <summary>The person from sales ends the live chat ("end chat", "beenden"), in either language.</summary>
    public static bool IsSalesEnd(string? text) => text is { Length: <= 60 } && SalesEnd.Value.Contains(ConversationCommands.Normalize(text));

    private static HashSet<string> Phrases(string key)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var culture in new[] { CultureFor("de"), CultureFor("en") })
        {
            foreach (var phrase in Get(key, culture).Split('|'))
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
