namespace LeadBot.Dialogs.Domain;

/// <summary>
/// The answers a prospect has given so far in one conversation. Kept in the conversation state (only after consent),
/// turned into a <see cref="Lead"/> when the prospect confirms the summary. Plain properties so it round-trips through
/// the Bot Framework's JSON state storage.
/// </summary>
public sealed class QualificationAnswers
{
    public ConsentRecord? Consent { get; set; }

    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Company { get; set; }

    /// <summary>The phone number in E.164 ("+49301234567"), as stored and dialled.</summary>
    public string? Phone { get; set; }

    /// <summary>The same number as people read it ("+49 30 1234567"), shown back to the prospect and to sales.</summary>
    public string? PhoneDisplay { get; set; }

    public string? NeedKey { get; set; }

    /// <summary>The need as shown: the configured need's label, or the prospect's own words when none matched.</summary>
    public string? NeedText { get; set; }

    /// <summary>What the prospect wrote about the need, verbatim, for sales (also when it matched a configured need).</summary>
    public string? NeedVerbatim { get; set; }

    public string? AuthorityKey { get; set; }
    public string? AuthorityText { get; set; }

    public decimal? BudgetAmount { get; set; }
    public decimal? BudgetMinimum { get; set; }
    public decimal? BudgetMaximum { get; set; }
    public string? BudgetCurrency { get; set; }

    /// <summary>The period the amounts are paid in (per month, quarter, year); null for a one-off amount or no amount.</summary>
    public PaymentPeriod? BudgetPeriod { get; set; }

    /// <summary>The prospect does not know the budget.</summary>
    public bool BudgetUnknown { get; set; }

    /// <summary>The budget is not decided yet ("depends", "hängt davon ab").</summary>
    public bool BudgetUndecided { get; set; }

    /// <summary>The prospect says there is no budget.</summary>
    public bool BudgetNone { get; set; }

    public string? BudgetText { get; set; }

    public DateOnly? TimelineStart { get; set; }
    public string? TimelineTimex { get; set; }
    public bool TimelineUnknown { get; set; }

    /// <summary>The start was described without a date ("im Frühjahr", "sobald das Budget frei ist"); TimelineText keeps
    /// the words. TimelineUnknown is true as well.</summary>
    public bool TimelineVague { get; set; }

    public string? TimelineText { get; set; }

    /// <summary>Questions answered (or deliberately skipped), by step name.</summary>
    public List<string> Answered { get; set; } = [];

    /// <summary>Questions skipped after the retry cap.</summary>
    public List<string> Skipped { get; set; } = [];

    public bool HasConsent => Consent is not null;

    public bool IsAnswered(string step) => Answered.Contains(step);

    public void MarkAnswered(string step)
    {
        if (!Answered.Contains(step))
        {
            Answered.Add(step);
        }
    }

    public void MarkSkipped(string step)
    {
        MarkAnswered(step);
        if (!Skipped.Contains(step))
        {
            Skipped.Add(step);
        }
    }

    /// <summary>Forgets one answer so the question is asked again (a correction from the summary).</summary>
    public void Forget(string step)
    {
        Answered.Remove(step);
        Skipped.Remove(step);
        switch (step)
        {
            case QuestionSteps.Name: Name = null; break;
            case QuestionSteps.Email: Email = null; break;
            case QuestionSteps.Company: Company = null; break;
            case QuestionSteps.Phone: Phone = null; PhoneDisplay = null; break;
            case QuestionSteps.Need: NeedKey = null; NeedText = null; NeedVerbatim = null; break;
            case QuestionSteps.Authority: AuthorityKey = null; AuthorityText = null; break;
            case QuestionSteps.Budget:
                BudgetAmount = BudgetMinimum = BudgetMaximum = null;
                BudgetCurrency = null;
                BudgetPeriod = null;
                BudgetUnknown = BudgetUndecided = BudgetNone = false;
                BudgetText = null;
                break;
            case QuestionSteps.Timeline:
                TimelineStart = null;
                TimelineTimex = null;
                TimelineUnknown = TimelineVague = false;
                TimelineText = null;
                break;
        }
    }

    /// <summary>The first question of the flow that has no answer yet, or null when the summary is due.</summary>
    public string? NextQuestion() => QuestionSteps.Questions.FirstOrDefault(q => !IsAnswered(q));
}

/// <summary>How often a budget amount is paid. A recurring amount is annualized for scoring as the policy says
/// (<see cref="BudgetCriterion.RecurringMonths"/>).</summary>
public enum PaymentPeriod
{
    Once = 0,
    Month = 1,
    Quarter = 2,
    Year = 3,
}

/// <summary>The step names carried in every question's channelData.leadbot.step.</summary>
public static class QuestionSteps
{
    public const string Consent = "consent";
    public const string Name = "name";
    public const string Email = "email";
    public const string Company = "company";
    public const string Phone = "phone";
    public const string Need = "need";
    public const string Authority = "authority";
    public const string Budget = "budget";
    public const string Timeline = "timeline";
    public const string Confirm = "confirm";

    /// <summary>The questions after consent, in the order they are asked.</summary>
    public static readonly string[] Questions = [Name, Email, Company, Phone, Need, Authority, Budget, Timeline];
}
