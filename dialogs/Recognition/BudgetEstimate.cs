namespace LeadBot.Dialogs.Recognition;

/// <summary>A budget as understood from free text: a point amount (Minimum == Maximum), a range, an upper or lower bound,
/// or "don't know yet" (IsUnknown). Currency is an ISO 4217 code.</summary>
public sealed record BudgetEstimate(decimal? Minimum, decimal? Maximum, string? Currency, bool IsUnknown, string Text)
{
    /// <summary>The point amount, or the upper end of a range (the lower bound when only that is known).</summary>
    public decimal? Amount => Maximum ?? Minimum;

    public bool IsRange => Minimum.HasValue && Maximum.HasValue && Minimum != Maximum;

    public static BudgetEstimate Unknown(string text) => new(null, null, null, true, text);
}
