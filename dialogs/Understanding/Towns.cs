namespace LeadBot.Dialogs.Understanding;

/// <summary>
/// Thousands of one-word town names (GeoNames, see Resources/Towns.txt), folded as <see cref="FoldedText"/> folds words.
/// The hand-kept places of <see cref="MessageReader.IsPlace"/> are the ones safe to treat as a place anywhere; this list
/// is far longer and holds towns that are also surnames or words ("Hagen", "Essen"), so it only answers where a place
/// is already likely: the last word of a firm's name, which prospects often follow with their town, and a word alone
/// after "from", where it says where the writer is rather than naming a firm.
/// </summary>
internal static class Towns
{
    private static readonly Lazy<HashSet<string>> Names = new(Load);

    /// <summary>Whether the folded word is a town's name.</summary>
    public static bool Contains(string folded) => Names.Value.Contains(folded);

    private static HashSet<string> Load()
    {
        using var stream = typeof(Towns).Assembly.GetManifestResourceStream("LeadBot.Dialogs.Understanding.Resources.Towns.txt")
            ?? throw new InvalidOperationException("The embedded town list Understanding/Resources/Towns.txt is missing.");
        using var reader = new StreamReader(stream);
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#' && FoldedText.Of(line) is { Count: 1 } folded)
            {
                names.Add(folded[0].Text);
            }
        }

        return names;
    }
}
