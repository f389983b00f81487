using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.DirectLine;

/// <summary>
/// The website chat as the visitor sees it (section "Website"), validated at start-up. Every value is the default for
/// the widget; the embed snippet's data attributes override it per page (see bot/wwwroot/EMBED.md).
/// </summary>
public sealed partial class WebsiteOptions
{
    public const string SectionName = "Website";

    /// <summary>How long after their last visit a visitor continues their conversation (same Direct Line conversation
    /// and history, answers and "welcome back"): the lifetime of the visitor pass kept in the browser's storage.</summary>
    public int ContinueWithinHours { get; set; } = 24;

    /// <summary>The name in the chat's header. Empty: Conversation:CompanyName.</summary>
    public string BotName { get; set; } = "";

    /// <summary>The picture in the header and on the launcher: a path on the bot (<c>/img/avatar.png</c>) or an https URL.
    /// Empty: the bot name's initials.</summary>
    public string AvatarUrl { get; set; } = "";

    /// <summary>The widget's main colour (<c>#rrggbb</c>): launcher, header, the visitor's bubbles, buttons.</summary>
    public string AccentColor { get; set; } = "#0f5c4d";

    /// <summary>Where the launcher sits: <c>right</c> or <c>left</c> (bottom corner).</summary>
    public string Position { get; set; } = "right";

    /// <summary><c>auto</c> (the visitor's browser language, German or English), <c>de</c> or <c>en</c>.</summary>
    public string Language { get; set; } = "auto";

    /// <summary>Seconds after which the greeting bubble appears next to the closed launcher; 0 = never.</summary>
    public int GreetingDelaySeconds { get; set; }

    /// <summary>The greeting bubble's text per language (<c>de</c>, <c>en</c>). Empty: a built-in text.</summary>
    public Dictionary<string, string> Greeting { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The line under the bot name per language. Empty: a built-in text.</summary>
    public Dictionary<string, string> Subtitle { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public TimeSpan ContinueWithin => TimeSpan.FromHours(ContinueWithinHours);

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    internal static partial Regex HexColor();
}

internal sealed class WebsiteOptionsValidation : IValidateOptions<WebsiteOptions>
{
    public ValidateOptionsResult Validate(string? name, WebsiteOptions options)
    {
        const string s = WebsiteOptions.SectionName;
        var errors = new List<string>();
        if (options.ContinueWithinHours is < 1 or > 720)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture,
                $"{s}:ContinueWithinHours must be between 1 and 720 (30 days) (was {options.ContinueWithinHours})."));
        }

        if (!WebsiteOptions.HexColor().IsMatch(options.AccentColor ?? ""))
        {
            errors.Add($"{s}:AccentColor must be a colour like #0f5c4d (was '{options.AccentColor}').");
        }

        if (options.Position is not ("right" or "left"))
        {
            errors.Add($"{s}:Position must be right or left (was '{options.Position}').");
        }

        if (options.Language is not ("auto" or "de" or "en"))
        {
            errors.Add($"{s}:Language must be auto, de or en (was '{options.Language}').");
        }

        if (options.GreetingDelaySeconds is < 0 or > 3600)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture,
                $"{s}:GreetingDelaySeconds must be between 0 (no greeting) and 3600 (was {options.GreetingDelaySeconds})."));
        }

        if (options.BotName.Length > 60)
        {
            errors.Add($"{s}:BotName must be at most 60 characters.");
        }

        if (!string.IsNullOrEmpty(options.AvatarUrl) && !IsAvatarUrl(options.AvatarUrl))
        {
            errors.Add($"{s}:AvatarUrl must be a path on the bot such as /img/avatar.png or an https URL (was '{options.AvatarUrl}').");
        }

        foreach (var (key, texts, max) in new[] { ("Greeting", options.Greeting, 200), ("Subtitle", options.Subtitle, 60) })
        {
            foreach (var (language, text) in texts)
            {
                if (language is not ("de" or "en"))
                {
                    errors.Add($"{s}:{key}:{language} is not a supported language (de or en).");
                }
                else if (text.Length > max)
                {
                    errors.Add(string.Create(CultureInfo.InvariantCulture, $"{s}:{key}:{language} must be at most {max} characters."));
                }
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    internal static bool IsAvatarUrl(string value) =>
        (value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal) && Uri.IsWellFormedUriString(value, UriKind.Relative))
        || (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps);
}
