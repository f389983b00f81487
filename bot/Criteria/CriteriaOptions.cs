using LeadBot.Bot.Hosting;
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
        var errors = new OptionErrors(s);
        errors.Range(nameof(o.PolicyRefreshSeconds), o.PolicyRefreshSeconds, 0.05, 3600);
        errors.Range(nameof(o.WhatIfListLimit), o.WhatIfListLimit, 1, 10_000);
        errors.Range(nameof(o.MaxPeriodDays), o.MaxPeriodDays, 1, 36_600);

        return errors.Result;
    }
}
