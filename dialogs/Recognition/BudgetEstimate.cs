namespace LeadBot.Dialogs.Recognition;

/// <summary>How often an amount is paid: once (the default) or per month, quarter or year.</summary>
public enum BudgetPeriod
{
    Once = 0,
    Month = 1,
    Quarter = 2,
    Year = 3,
}

/// <summary>A budget as understood from free text: a point amount (Minimum == Maximum), a range, an upper or lower bound,
/// or "don't know" (IsUnknown), "there is none" (<see cref="IsNone"/>) or "not decided yet" (<see cref="IsUndecided"/>).
/// Currency is an ISO 4217 code. An amount per month, quarter or year carries its <see cref="Period"/>; the amounts are
/// per that period (the flow annualizes with <see cref="PerYear"/> for scoring).</summary>
public sealed record BudgetEstimate(decimal? Minimum, decimal? Maximum, string? Currency, bool IsUnknown, string Text)
{
    /// <summary>The point amount, or the upper end of a range (the lower bound when only that is known).</summary>
    public decimal? Amount => Maximum ?? Minimum;

    public bool IsRange => Minimum.HasValue && Maximum.HasValue && Minimum != Maximum;

    /// <summary>The period the amounts are paid in; <see cref="BudgetPeriod.Once"/> for a one-off budget.</summary>
    public BudgetPeriod Period { get; init; }

    /// <summary>The prospect says there is no budget ("kein Budget", "no budget", "nothing").</summary>
    public bool IsNone { get; init; }

    /// <summary>The budget is not decided yet ("depends", "we haven't set one yet", "hängt davon ab"), unlike
    /// <see cref="IsUnknown"/> (the prospect does not know it).</summary>
    public bool IsUndecided { get; init; }

    /// <summary>An amount was named (a point, a range or a bound).</summary>
    public bool HasAmount => Minimum.HasValue || Maximum.HasValue;

    /// <summary>How many periods make a year: 12 per month, 4 per quarter, 1 otherwise.</summary>
    public int PeriodsPerYear => Period switch
    {
        BudgetPeriod.Month => 12,
        BudgetPeriod.Quarter => 4,
        _ => 1,
    };

    /// <summary><see cref="Amount"/> over a year (a one-off amount as it is), or null without an amount.</summary>
    public decimal? PerYear => Amount * PeriodsPerYear;

    public static BudgetEstimate Unknown(string text) => new(null, null, null, true, text);

    public static BudgetEstimate None(string text) => new(null, null, null, false, text) { IsNone = true };

    public static BudgetEstimate Undecided(string text) => new(null, null, null, false, text) { IsUndecided = true };
}
