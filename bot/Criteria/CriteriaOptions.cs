using System.Globalization;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Criteria;

/// <summary>The criteria workbench and policy versions (section "Criteria"), validated at start-up.</summary>
public sealed class CriteriaOptions
{
    public const string SectionName = "Criteria";

    /// <summary>How often every instance looks for a newer policy version (one small query). A version applied on this
    /// instance is in force here at once.</summary>
    public double PolicyRefreshSeconds { get; set; } = 1;

    /// <summary>How many leads that move up and that move down the what-if lists (the counts are always complete).</summary>
    public int WhatIfListLimit { get; set; } = 200;

    /// <summary>The longest period (in days) one what-if or re-score may cover.</summary>
    public int MaxPeriodDays { get; set; } = 3660;
}

internal sealed class CriteriaOptionsValidation : IValidateOptions<CriteriaOptions>
{
    public ValidateOptionsResult Validate(string? name, CriteriaOptions o)
    {
        const string s = CriteriaOptions.SectionName;
        var errors = new List<string>();
        if (double.IsNaN(o.PolicyRefreshSeconds) || o.PolicyRefreshSeconds < 0.05 || o.PolicyRefreshSeconds > 3600)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{s}:PolicyRefreshSeconds must be between 0.05 and 3600 (was {o.PolicyRefreshSeconds})."));
        }

        if (o.WhatIfListLimit is < 1 or > 10_000)
        {
            errors.Add($"{s}:WhatIfListLimit must be between 1 and 10000 (was {o.WhatIfListLimit}).");
        }

        if (o.MaxPeriodDays is < 1 or > 36_600)
        {
            errors.Add($"{s}:MaxPeriodDays must be between 1 and 36600 (was {o.MaxPeriodDays}).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
