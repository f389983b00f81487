using System.Globalization;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.DirectLine;

/// <summary>The website chat as the visitor sees it (section "Website"), validated at start-up.</summary>
public sealed class WebsiteOptions
{
    public const string SectionName = "Website";

    /// <summary>How long after their last visit a visitor continues their conversation (same Direct Line conversation
    /// and history, answers and "welcome back"): the lifetime of the visitor pass kept in the browser's storage.</summary>
    public int ContinueWithinHours { get; set; } = 24;

    public TimeSpan ContinueWithin => TimeSpan.FromHours(ContinueWithinHours);
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

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
