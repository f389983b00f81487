using System.Globalization;
using System.Text;
using LeadBot.Dialogs.Domain;

namespace LeadBot.Bot.Api;

/// <summary>
/// Leads as CSV for spreadsheets and CRM imports. Every cell a prospect could have typed is defused against spreadsheet
/// formula injection: a value starting with = + - @ or a tab/carriage return is prefixed with an apostrophe, so
/// "=HYPERLINK(…)" typed as a company name stays text in Excel, LibreOffice and Google Sheets.
/// </summary>
public static class LeadCsvExport
{
    public static readonly string[] Columns =
    [
        "id", "createdAt", "stage", "score", "name", "email", "company", "phone", "need", "authority",
        "budgetAmount", "budgetCurrency", "budgetText", "timelineStart", "timelineText", "locale", "owner", "source",
        "campaign", "consentVersion", "consentGivenAt", "phoneDisplay", "needVerbatim", "budgetPeriod", "budgetStatus", "timelineVague",
    ];

    public static string Write(IEnumerable<Lead> leads)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', Columns).Append("\r\n");
        foreach (var lead in leads)
        {
            string?[] cells =
            [
                lead.Id.ToString(), Iso(lead.CreatedAt), lead.Stage.ToString(), lead.Score.ToString(CultureInfo.InvariantCulture),
                lead.Name, lead.Email, lead.Company, lead.Phone, lead.NeedText, lead.AuthorityText,
                lead.BudgetAmount?.ToString("0.##", CultureInfo.InvariantCulture), lead.BudgetCurrency, lead.BudgetText,
                lead.TimelineStart?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), lead.TimelineText, lead.Locale, lead.Owner,
                lead.Source.ChannelId, lead.Source.Campaign, lead.Consent.TextVersion, Iso(lead.Consent.GivenAt),
                lead.PhoneDisplay, lead.NeedVerbatim, lead.BudgetPeriod?.ToString().ToLowerInvariant(), BudgetStatus(lead),
                lead.TimelineVague ? "true" : "false",
            ];
            csv.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>One RFC 4180 cell, defused against formula injection.</summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 || value != value.Trim()
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    /// <summary>What kind of budget answer the lead gave: an amount, none, not decided, unknown, or nothing.</summary>
    private static string? BudgetStatus(Lead lead) =>
        lead.BudgetNone ? "none"
        : lead.BudgetUndecided ? "undecided"
        : lead.BudgetUnknown ? "unknown"
        : lead.BudgetAmount is null ? null
        : "amount";

    private static string Iso(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
