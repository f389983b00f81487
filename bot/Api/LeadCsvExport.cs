using System.Globalization;
using System.Text;
using LeadBot.Dialogs.Domain;

namespace LeadBot.Bot.Api;

/// <summary>
/// Leads as CSV for spreadsheets and CRM imports. Every cell a prospect could have typed is defused against spreadsheet
/// formula injection: a formula character (= + - @, also their full-width and small forms such as ＝) at the start of a
/// cell, or after anything a spreadsheet may split columns or rows at (, ; tab | line breaks, also full-width ， ；
/// ｜), with only white space between, gets an apostrophe in front. So "=HYPERLINK(…)" typed as a company name stays
/// text, and so does "Acme;=1+1" when a German Excel splits the row at semicolons instead of commas.
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

        value = Defuse(value);
        return value.IndexOfAny([',', '"', '\r', '\n', ';', '\t']) >= 0 || value != value.Trim()
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

    /// <summary>An apostrophe before every formula character that starts the text or follows a separator (white space and
    /// double quotes between do not count: importers trim the one and unquote the other).</summary>
    internal static string Defuse(string value)
    {
        StringBuilder? defused = null;
        var atStart = true;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (atStart && IsFormulaStart(c))
            {
                defused ??= new StringBuilder(value.Length + 4).Append(value, 0, i);
                defused.Append('\'');
                atStart = false;
            }
            else if (IsSeparator(c))
            {
                atStart = true;
            }
            else if (!char.IsWhiteSpace(c) && c != '"')
            {
                atStart = false;
            }

            defused?.Append(c);
        }

        return defused?.ToString() ?? value;
    }

    private static bool IsFormulaStart(char c) => c is '=' or '+' or '-' or '@'
        or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20'   // full-width ＝ ＋ － ＠
        or '\uFE66' or '\uFE62' or '\uFE63' or '\uFE6B'   // small ﹦ ﹢ ﹣ ﹫
        or '\u2212';                                         // minus sign −

    private static bool IsSeparator(char c) => c is ',' or ';' or '\t' or '|' or '\r' or '\n'
        or '\uFF0C' or '\uFF1B' or '\uFF5C';               // full-width ， ； ｜

    private static string Iso(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
