namespace LeadBot.Bot.Teams;

public enum SalesCommandKind
{
    Unknown,
    Help,
    OpenLeads,
    ShowLead,
}

/// <summary>A sales command as typed (after the @mention is removed): the words of the Teams app manifest, in English and German.</summary>
public sealed record SalesCommand(SalesCommandKind Kind, string? Argument, bool German)
{
    public static SalesCommand Parse(string? text)
    {
        var t = (text ?? "").Trim().TrimEnd('.', '!', '?');
        static bool Is(string t, string word) => string.Equals(t, word, StringComparison.OrdinalIgnoreCase);
        if (Is(t, "help") || t == "")
        {
            return new(SalesCommandKind.Help, null, false);
        }

        if (Is(t, "hilfe"))
        {
            return new(SalesCommandKind.Help, null, true);
        }

        if (Is(t, "open leads"))
        {
            return new(SalesCommandKind.OpenLeads, null, false);
        }

        if (Is(t, "offene leads"))
        {
            return new(SalesCommandKind.OpenLeads, null, true);
        }

        foreach (var (prefix, german) in new[] { ("show lead", false), ("zeige lead", true) })
        {
            if (t.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && (t.Length == prefix.Length || char.IsWhiteSpace(t[prefix.Length])))
            {
                var argument = t[prefix.Length..].Trim();
                return new(SalesCommandKind.ShowLead, argument.Length == 0 ? null : argument, german);
            }
        }

        return new(SalesCommandKind.Unknown, null, false);
    }

    /// <summary>The text with runs of white space collapsed to one space.</summary>
    public static string Normalize(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
