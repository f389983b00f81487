using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;

namespace LeadBot.Bot.Funnel;

/// <summary>
/// One conversation's way through the funnel, kept current from its committed turns (<see cref="PendingJourneys"/>): where it
/// came from, how far it got, where it is now, and how often each question was asked and asked again. Holds no personal
/// data: the id is random and known only to the conversation's state (which an erasure deletes), and the link to a
/// stored lead (<see cref="LeadId"/>) is removed when that lead is erased.
/// </summary>
public sealed class FunnelJourney
{
    /// <summary>A random positive 63-bit number, also kept in the conversation state (<see cref="FunnelTrack"/>).</summary>
    public long Id { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset LastActivityAt { get; set; }

    /// <summary>The channel id ("directline", "emulator", "webchat", …).</summary>
    public string Channel { get; set; } = "";

    /// <summary>"de" or "en": the language the conversation was held in (last seen).</summary>
    public string Language { get; set; } = "";

    /// <summary>utm_source of the page the chat was opened on.</summary>
    public string? Source { get; set; }

    /// <summary>utm_medium.</summary>
    public string? Medium { get; set; }

    /// <summary>utm_campaign.</summary>
    public string? Campaign { get; set; }

    /// <summary>The page's host and path (no query: it may carry personal data).</summary>
    public string? Page { get; set; }

    /// <summary>The referrer's host only.</summary>
    public string? ReferrerHost { get; set; }

    public FunnelStatus Status { get; set; }

    /// <summary>The question asked last and not answered yet: where an open, abandoned, declined or cancelled conversation
    /// stands; null once the lead is stored.</summary>
    public FunnelStep? OpenStep { get; set; }

    /// <summary>The furthest point reached in the conversation (up to <see cref="FunnelPoint.Lead"/>); stages after
    /// that are <see cref="BestStage"/>.</summary>
    public FunnelPoint Reached { get; set; }

    public DateTimeOffset? ConsentedAt { get; set; }

    /// <summary>When the summary was confirmed and the lead stored.</summary>
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>The lead's stage now (null until stored).</summary>
    public LeadStage? Stage { get; set; }

    /// <summary>The furthest stage of Lead → MQL → SQL → Opportunity ever reached (a later disqualification keeps it).</summary>
    public LeadStage? BestStage { get; set; }

    /// <summary>When the lead became MQL (by the bot or later).</summary>
    public DateTimeOffset? QualifiedAt { get; set; }

    /// <summary>The stored lead; removed when the lead is erased or anonymized.</summary>
    public Guid? LeadId { get; set; }

    /// <summary>The journey's latest question events (<see cref="FunnelEventText"/>), appended by its turns and moved into
    /// <see cref="FunnelEvent"/> rows by <see cref="FunnelMaintenance"/>: a turn then writes one row, not two.</summary>
    public string? PendingEvents { get; set; }

    public int ConsentAsked { get; set; }
    public int ConsentReasked { get; set; }
    public int NameAsked { get; set; }
    public int NameReasked { get; set; }
    public int EmailAsked { get; set; }
    public int EmailReasked { get; set; }
    public int CompanyAsked { get; set; }
    public int CompanyReasked { get; set; }
    public int PhoneAsked { get; set; }
    public int PhoneReasked { get; set; }
    public int NeedAsked { get; set; }
    public int NeedReasked { get; set; }
    public int AuthorityAsked { get; set; }
    public int AuthorityReasked { get; set; }
    public int BudgetAsked { get; set; }
    public int BudgetReasked { get; set; }
    public int TimelineAsked { get; set; }
    public int TimelineReasked { get; set; }
    public int ConfirmAsked { get; set; }
    public int ConfirmReasked { get; set; }
}

/// <summary>One fact of a journey, append-only: what happened (<see cref="Kind"/>), at which question or stage, when.</summary>
public sealed class FunnelEvent
{
    public long Id { get; set; }

    public long JourneyId { get; set; }

    public DateTimeOffset At { get; set; }

    public FunnelEventKind Kind { get; set; }

    public FunnelStep? Step { get; set; }

    /// <summary>The stage reached (<see cref="FunnelEventKind.StageReached"/>, <see cref="FunnelEventKind.StageChanged"/>).</summary>
    public LeadStage? Stage { get; set; }

    public LeadStage? FromStage { get; set; }
}

public enum FunnelStatus : short
{
    /// <summary>In progress.</summary>
    Open = 0,

    /// <summary>The prospect said no to consent (or did not say yes within the attempts).</summary>
    Declined = 1,

    /// <summary>No activity for Funnel:AbandonAfterMinutes at <see cref="FunnelJourney.OpenStep"/>; a later message
    /// opens it again.</summary>
    Abandoned = 2,

    /// <summary>The summary was confirmed and the lead stored.</summary>
    Completed = 3,

    /// <summary>The prospect cancelled ("abbrechen") or withdrew consent at <see cref="FunnelJourney.OpenStep"/>.</summary>
    Cancelled = 4,
}

public enum FunnelEventKind : short
{
    Started = 0,
    Consented = 1,
    Declined = 2,

    /// <summary>A question became the open one (first time, or again after "zurück" / a correction).</summary>
    Asked = 3,

    /// <summary>The open question was answered and the conversation moved on.</summary>
    Answered = 4,

    /// <summary>The question was asked again because the answer could not be taken (channelData.leadbot.reask).</summary>
    Reasked = 5,

    /// <summary>The question was skipped after the offer to skip it.</summary>
    Skipped = 6,

    Abandoned = 7,

    /// <summary>The summary was confirmed; the lead is stored.</summary>
    Confirmed = 8,

    /// <summary>The stage the bot gave the stored lead (Lead or MQL).</summary>
    StageReached = 9,

    /// <summary>A later stage change by a person (Teams, the sales API).</summary>
    StageChanged = 10,

    Cancelled = 11,
}

/// <summary>The questions, as channelData.leadbot.step names them, in the flow's order.</summary>
public enum FunnelStep : short
{
    Consent = 1,
    Name = 2,
    Email = 3,
    Company = 4,
    Phone = 5,
    Need = 6,
    Authority = 7,
    Budget = 8,
    Timeline = 9,
    Confirm = 10,
}

/// <summary>How far a conversation got, in order; the dashboard's funnel counts journeys that reached each point.</summary>
public enum FunnelPoint : short
{
    Started = 0,
    ConsentAsked = 1,
    Consented = 2,
    Name = 3,
    Email = 4,
    Company = 5,
    Phone = 6,
    Need = 7,
    Authority = 8,
    Budget = 9,
    Timeline = 10,
    Summary = 11,
    Lead = 12,
}

public static class FunnelSteps
{
    public static readonly FunnelStep[] All = Enum.GetValues<FunnelStep>();

    /// <summary>The step of a channelData.leadbot.step value, or null for anything else ("erase", unknown).</summary>
    public static FunnelStep? Parse(string? step) => step switch
    {
        QuestionSteps.Consent => FunnelStep.Consent,
        QuestionSteps.Name => FunnelStep.Name,
        QuestionSteps.Email => FunnelStep.Email,
        QuestionSteps.Company => FunnelStep.Company,
        QuestionSteps.Phone => FunnelStep.Phone,
        QuestionSteps.Need => FunnelStep.Need,
        QuestionSteps.Authority => FunnelStep.Authority,
        QuestionSteps.Budget => FunnelStep.Budget,
        QuestionSteps.Timeline => FunnelStep.Timeline,
        QuestionSteps.Confirm => FunnelStep.Confirm,
        _ => null,
    };

    public static string Name(FunnelStep step) => step switch
    {
        FunnelStep.Consent => QuestionSteps.Consent,
        FunnelStep.Name => QuestionSteps.Name,
        FunnelStep.Email => QuestionSteps.Email,
        FunnelStep.Company => QuestionSteps.Company,
        FunnelStep.Phone => QuestionSteps.Phone,
        FunnelStep.Need => QuestionSteps.Need,
        FunnelStep.Authority => QuestionSteps.Authority,
        FunnelStep.Budget => QuestionSteps.Budget,
        FunnelStep.Timeline => QuestionSteps.Timeline,
        _ => QuestionSteps.Confirm,
    };

    /// <summary>The point a journey has reached when this question is open.</summary>
    public static FunnelPoint PointOf(FunnelStep step) => step switch
    {
        FunnelStep.Consent => FunnelPoint.ConsentAsked,
        FunnelStep.Confirm => FunnelPoint.Summary,
        _ => (FunnelPoint)((short)step + 1),
    };

    /// <summary>The journey's counter columns of a step: asked, re-asked.</summary>
    public static (string Asked, string Reasked) Columns(FunnelStep step)
    {
        var name = step.ToString();
        return (name + "Asked", name + "Reasked");
    }
}

/// <summary>The EF mapping of the funnel tables (called from LeadBotDbContext.OnModelCreating).</summary>
public static class FunnelModel
{
    public const string JourneysTable = "FunnelJourneys";
    public const string EventsTable = "FunnelEvents";
    public const string SourceIndex = "IX_FunnelJourneys_Source";
    public const string JourneyEventsIndex = "IX_FunnelEvents_Journey";
    public const string StageFlowIndex = "IX_FunnelEvents_StageFlow";

    public static void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var journey = modelBuilder.Entity<FunnelJourney>();
        journey.ToTable(JourneysTable);
        journey.HasKey(j => j.Id);
        // On SQLite an INTEGER primary key is the row id: a turn finds its journey with one lookup.
        journey.Property(j => j.Id).ValueGeneratedNever();
        journey.Property(j => j.Channel).HasMaxLength(32).IsRequired();
        journey.Property(j => j.Language).HasMaxLength(2).IsRequired();
        journey.Property(j => j.Source).HasMaxLength(100);
        journey.Property(j => j.Medium).HasMaxLength(100);
        journey.Property(j => j.Campaign).HasMaxLength(100);
        journey.Property(j => j.Page).HasMaxLength(200);
        journey.Property(j => j.ReferrerHost).HasMaxLength(100);
        // Cohorts are taken by start; the abandonment job looks among the open journeys; a stage change finds the journey
        // of its lead; the conversion per source and language is read from the source index alone (it holds every
        // column that query needs).
        // LastActivityAt and Reached, which change with every write, are not indexed; the channel is written once.
        journey.HasIndex(j => j.StartedAt);
        // Only the open journeys: the abandonment job is the one reader, and a journey stored at its end never enters it.
        journey.HasIndex(j => j.Status).HasFilter($"\"Status\" = {(short)FunnelStatus.Open}");
        journey.HasIndex(j => j.LeadId);
        journey.HasIndex(j => new { j.Channel, j.Source, j.Campaign, j.Language, j.StartedAt, j.CompletedAt, j.BestStage }).HasDatabaseName(SourceIndex);
        // Counters start at 0; an upsert adds to them.
        foreach (var step in FunnelSteps.All)
        {
            var (asked, reasked) = FunnelSteps.Columns(step);
            journey.Property<int>(asked).HasDefaultValue(0);
            journey.Property<int>(reasked).HasDefaultValue(0);
        }

        var e = modelBuilder.Entity<FunnelEvent>();
        e.ToTable(EventsTable);
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).ValueGeneratedOnAdd();
        // A journey's events (export, purge), and its stage events by time for a filtered stage flow; the stage flow of
        // all journeys reads stage events by time. Both hold the stage, so neither query reads the table.
        e.HasIndex(x => new { x.JourneyId, x.Kind, x.At, x.Stage }).HasDatabaseName(JourneyEventsIndex);
        e.HasIndex(x => new { x.Kind, x.At, x.Stage }).HasDatabaseName(StageFlowIndex);
    }
}
