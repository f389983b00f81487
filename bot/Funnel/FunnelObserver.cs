using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Qualification;

namespace LeadBot.Bot.Funnel;

/// <summary>A question the bot sent this turn, as its channelData.leadbot marker says.</summary>
public readonly record struct AskedPrompt(FunnelStep Step, string? Phase, bool Reask);

/// <summary>What one prospect turn shows the funnel: the incoming activity, every prompt the bot sent (in order),
/// whether it sent a marked prompt that is no funnel question (the erase confirmation), and the lead it stored.</summary>
public sealed record TurnFacts(
    DateTimeOffset At,
    bool IsMessage,
    ConversationCommand Command,
    IReadOnlyList<AskedPrompt> Prompts,
    bool AskedSomethingElse,
    StoredLead? Lead);

public sealed record StoredLead(Guid Id, LeadStage Stage);

/// <summary>The funnel rows one turn writes: the journey's new state (with the counts to add) and its events.</summary>
public sealed class JourneyChange
{
    public required FunnelTrack Track { get; init; }

    /// <summary>True when the journey starts this turn (its source and start time are written).</summary>
    public bool Starts { get; init; }

    public List<FunnelEvent> Events { get; } = [];

    /// <summary>The questions the turn sent: each adds one to its step's asked count, and to its asked-again count when
    /// marked so.</summary>
    public IReadOnlyList<AskedPrompt> Asked { get; init; } = [];

    public DateTimeOffset? ConsentedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public StoredLead? Lead { get; set; }
}

/// <summary>
/// Turns what a prospect turn carries into funnel facts, without personal data and without reading any text but the
/// commands: the prompts' step markers say which question is open, asked again or reached; a move to a later question
/// means the open one was answered (skipped after the offer to skip); a lead stored at the summary completes the
/// journey; a turn that ends the conversation without a question at the consent question is a decline, elsewhere after
/// "abbrechen" a cancellation. A journey starts with the first turn that asks something (again after one ended).
/// </summary>
public static class FunnelObserver
{
    /// <returns>The change, or null when the turn touches no journey.</returns>
    public static JourneyChange? Observe(FunnelTrack? track, TurnFacts facts)
    {
        var at = facts.At;
        var starts = track is null || track.Status is FunnelStatus.Completed or FunnelStatus.Declined or FunnelStatus.Cancelled;
        if (starts && facts.Prompts.Count == 0)
        {
            return null;
        }

        var current = starts
            ? new FunnelTrack { Id = FunnelTrack.NewId(), Status = FunnelStatus.Open, Reached = FunnelPoint.Started }
            : new FunnelTrack
            {
                Id = track!.Id, Status = FunnelStatus.Open, Open = track.Open, Phase = track.Phase, Reached = track.Reached, Consented = track.Consented,
            };
        var change = new JourneyChange { Track = current, Starts = starts, Asked = facts.Prompts };
        void Add(FunnelEventKind kind, FunnelStep? step = null, LeadStage? stage = null) =>
            change.Events.Add(new FunnelEvent { JourneyId = current.Id, At = at, Kind = kind, Step = step, Stage = stage });

        if (starts)
        {
            Add(FunnelEventKind.Started);
        }

        foreach (var prompt in facts.Prompts)
        {
            var step = prompt.Step;
            if (current.Open != step)
            {
                if (current.Open is { } open && step > open)
                {
                    // Moved on: the open question was answered (or skipped after the offer to skip it).
                    Add(current.Phase == QuestionActivity.GiveUpPhase ? FunnelEventKind.Skipped : FunnelEventKind.Answered, open);
                }

                if (step > FunnelStep.Consent && !current.Consented)
                {
                    current.Consented = true;
                    change.ConsentedAt = at;
                    Add(FunnelEventKind.Consented);
                }

                Add(FunnelEventKind.Asked, step);
                current.Open = step;
                var point = FunnelSteps.PointOf(step);
                if (point > current.Reached)
                {
                    current.Reached = point;
                }

                if (current.Consented && current.Reached < FunnelPoint.Consented)
                {
                    current.Reached = FunnelPoint.Consented;
                }
            }

            if (prompt.Reask)
            {
                Add(FunnelEventKind.Reasked, step);
            }

            current.Phase = prompt.Phase;
        }

        if (facts.Prompts.Count == 0 && !facts.AskedSomethingElse && current.Open is { } last)
        {
            if (facts.Lead is { } lead)
            {
                Add(FunnelEventKind.Answered, last);
                Add(FunnelEventKind.Confirmed);
                Add(FunnelEventKind.StageReached, stage: lead.Stage);
                current.Status = FunnelStatus.Completed;
                current.Reached = FunnelPoint.Lead;
                current.Open = null;
                current.Phase = null;
                change.CompletedAt = at;
                change.Lead = lead;
            }
            else if (facts.IsMessage && last == FunnelStep.Consent
                && facts.Command is ConversationCommand.None or ConversationCommand.Cancel or ConversationCommand.WithdrawConsent)
            {
                // The journey ends where it stopped: the dashboard's drop-off counts it at that question.
                Add(FunnelEventKind.Declined, last);
                current.Status = FunnelStatus.Declined;
                current.Phase = null;
            }
            else if (facts.IsMessage && facts.Command is ConversationCommand.Cancel or ConversationCommand.WithdrawConsent)
            {
                Add(FunnelEventKind.Cancelled, last);
                current.Status = FunnelStatus.Cancelled;
                current.Phase = null;
            }
        }

        return change;
    }
}
