using System.Globalization;
using System.Resources;

namespace LeadBot.Bot.Hosting.Resources;

/// <summary>The few texts the host itself says (HostMessages.resx, HostMessages.de.resx).</summary>
internal static class HostMessages
{
    private static readonly ResourceManager Manager = new("LeadBot.Bot.Hosting.Resources.HostMessages", typeof(HostMessages).Assembly);

    /// <summary>German for locales starting with "de", English otherwise.</summary>
    public static CultureInfo CultureFor(string? locale) =>
        locale is not null && locale.StartsWith("de", StringComparison.OrdinalIgnoreCase)
            ? CultureInfo.GetCultureInfo("de-DE")
            : CultureInfo.GetCultureInfo("en-US");

    public static string TurnErrorApology(CultureInfo culture) => Get(nameof(TurnErrorApology), culture);

    public static string TurnErrorRetry(CultureInfo culture) => Get(nameof(TurnErrorRetry), culture);

    private static string Get(string name, CultureInfo culture) =>
        Manager.GetString(name, culture) ?? throw new MissingManifestResourceException($"HostMessages.{name} is missing.");
}
