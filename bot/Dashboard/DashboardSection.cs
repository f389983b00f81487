namespace LeadBot.Bot.Dashboard;

/// <summary>
/// One tab of the dashboard page. The page renders a tab and a <c>&lt;section data-section="{Id}"&gt;</c> per registered
/// section (in <see cref="Order"/>), loads <see cref="Script"/> as an ES module and calls its
/// <c>export async function mount(element, ctx)</c> the first time the tab is shown (see docs/funnel.md, "The dashboard").
/// Register one with <see cref="DashboardServiceCollectionExtensions.AddDashboardSection"/>.
/// </summary>
/// <param name="Id">Letters, digits and '-' only (used in ids and data attributes).</param>
/// <param name="Titles">The tab's title per language ("de", "en").</param>
/// <param name="Script">A same-origin path under /dashboard/ (e.g. "/dashboard/workbench.js").</param>
public sealed record DashboardSection(string Id, int Order, string Script, IReadOnlyDictionary<string, string> Titles)
{
    /// <summary>An optional stylesheet of the section (same-origin path), linked in the page's head.</summary>
    public string? Style { get; init; }

    public string TitleIn(string language) =>
        Titles.TryGetValue(language, out var title) ? title : Titles.Values.FirstOrDefault() ?? Id;

    internal IEnumerable<string> Problems()
    {
        if (string.IsNullOrEmpty(Id) || !Id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            yield return $"Dashboard section id '{Id}' may only hold letters, digits and '-'.";
        }

        foreach (var path in new[] { Script, Style })
        {
            if (path is not null && (!path.StartsWith("/dashboard/", StringComparison.Ordinal) || path.Contains("..", StringComparison.Ordinal) || path.Contains("//", StringComparison.Ordinal)))
            {
                yield return $"Dashboard section '{Id}': '{path}' must be a path under /dashboard/ on this bot.";
            }
        }
    }
}
