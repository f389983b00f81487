namespace LeadBot.Dialogs.Domain;

/// <summary>Where qualified conversations become stored leads. Implemented on EF Core in the host.</summary>
public interface ILeadRepository
{
    /// <summary>
    /// Stores the lead for a finished conversation in one transaction: creates it, or updates the existing lead with the
    /// same e-mail address (recording the change), sets score, breakdown and stage, and records the stage change.
    /// </summary>
    Task<Lead> SaveQualifiedAsync(LeadSubmission submission, CancellationToken cancellationToken);

    Task<Lead?> FindAsync(Guid id, CancellationToken cancellationToken);
}

/// <summary>Everything the conversation hands over to storage when the prospect confirms the summary.</summary>
public sealed record LeadSubmission(
    string UserKey,
    string Locale,
    QualificationAnswers Answers,
    QualificationResult Qualification,
    LeadSource Source,
    DateTimeOffset At)
{
    /// <summary>The message the prospect confirmed with. A repository stores one lead per origin, however often the
    /// turn that submits it runs (a rerun after a lost race, a channel's redelivery); null: no such guarantee.</summary>
    public SubmissionOrigin? Origin { get; init; }
}

/// <summary>Which incoming message of which conversation submitted a lead.</summary>
public sealed record SubmissionOrigin(string? ChannelId, string? ConversationId, string? ActivityId);
