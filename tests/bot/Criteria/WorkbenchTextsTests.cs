using System.Text.RegularExpressions;
using LeadBot.Bot.Criteria.Resources;
using LeadBot.Bot.Tests.Conversation;

namespace LeadBot.Bot.Tests.Criteria;

/// <summary>Every text the workbench and webhook sections ask for exists in German and English.</summary>
public sealed partial class WorkbenchTextsTests
{
    [GeneratedRegex(@"(?<![A-Za-z])t\('([A-Za-z][A-Za-z.]*[A-Za-z])'")]
    private static partial Regex TextKey();

    [GeneratedRegex(@"\[((?:'[A-Za-z.]+',?\s*)+)\]\s*\.map\(\(k\) => el\('th'")]
    private static partial Regex HeaderKeys();

    [Theory]
    [InlineData("workbench.js")]
    [InlineData("webhooks.js")]
    public void Every_text_a_section_uses_exists_in_both_languages(string script)
    {
        var source = File.ReadAllText(Path.Combine(ConversationHarness.RepositoryRoot(), "bot", "wwwroot", "dashboard", script));
        var keys = TextKey().Matches(source).Select(m => m.Groups[1].Value).ToHashSet();
        foreach (Match headers in HeaderKeys().Matches(source))
        {
            keys.UnionWith(Regex.Matches(headers.Groups[1].Value, "'([A-Za-z.]+)'").Select(m => m.Groups[1].Value));
        }

        // Keys built at run time: the criterion and the stage; the webhook tab's card titles.
        if (script == "webhooks.js")
        {
            keys.UnionWith(["Webhooks.Dead", "Webhooks.Pending", "Webhooks.Delivered"]);
        }
        else
        {
            keys.UnionWith(["Criterion.need", "Criterion.authority", "Criterion.budget", "Criterion.timeline",
                "Stage.Lead", "Stage.Mql", "Stage.Sql", "Stage.Opportunity", "Stage.Disqualified"]);
        }

        Assert.True(keys.Count > 8, $"only {keys.Count} keys found in {script}");
        var german = WorkbenchTexts.All("de");
        var english = WorkbenchTexts.All("en");
        var missing = keys.Where(k => !german.TryGetValue(k, out var de) || string.IsNullOrWhiteSpace(de)
            || !english.TryGetValue(k, out var en) || string.IsNullOrWhiteSpace(en)).ToList();
        Assert.True(missing.Count == 0, "missing texts: " + string.Join(", ", missing));
        Assert.Equal("Kriterien", german["Tab"]);
        Assert.Equal("Criteria", english["Tab"]);
        Assert.Contains("{0} der {1} Leads MQL statt {2}", german["WhatIfSummary"]);
    }
}
