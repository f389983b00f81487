using System.Globalization;
using System.Resources;

namespace LeadBot.Bot.Teams.Resources;

/// <summary>What the bot says to sales in Teams, and the labels of the lead card (TeamsMessages.resx, TeamsMessages.de.resx).</summary>
public static class TeamsMessages
{
    private static readonly ResourceManager Manager = new("LeadBot.Bot.Teams.Resources.TeamsMessages", typeof(TeamsMessages).Assembly);

    /// <summary>German for "de…", English otherwise.</summary>
    public static CultureInfo CultureFor(string? localeOrLanguage) =>
        localeOrLanguage is not null && localeOrLanguage.StartsWith("de", StringComparison.OrdinalIgnoreCase)
            ? CultureInfo.GetCultureInfo("de-DE")
            : CultureInfo.GetCultureInfo("en-US");

    public static string Get(string name, CultureInfo culture) =>
        Manager.GetString(name, culture) ?? throw new MissingManifestResourceException($"TeamsMessages.{name} is missing.");

    public static string Format(string name, CultureInfo culture, params object?[] args) =>
        string.Format(culture, Get(name, culture), args);
}
