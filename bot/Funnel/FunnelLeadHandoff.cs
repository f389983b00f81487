using System.Collections.Concurrent;
using LeadBot.Dialogs.Domain;

namespace LeadBot.Bot.Funnel;

/// <summary>
/// Hands the lead a turn stored to that turn's <see cref="FunnelRecorder"/> without a database read: wraps the
/// <see cref="ILeadRepository"/>, and after a save keeps the lead's id and stage under the submission's origin (channel,
/// conversation, activity) until the recorder of the same activity takes it, moments later in the same turn. Bounded:
/// entries not taken (a turn that failed after the save) are dropped when too many pile up; the recorder then reads the
/// repository's lead marker instead.
/// </summary>
internal sealed class FunnelLeadHandoff(ILeadRepository inner) : ILeadRepository
{
    private const int MaxWaiting = 1024;
    private readonly ConcurrentDictionary<(string?, string?, string?), StoredLead> saved = new();

    public async Task<Lead> SaveQualifiedAsync(LeadSubmission submission, CancellationToken cancellationToken)
    {
        var lead = await inner.SaveQualifiedAsync(submission, cancellationToken).ConfigureAwait(false);
        if (submission.Origin is { } origin)
        {
            if (saved.Count >= MaxWaiting)
            {
                saved.Clear();
            }

            saved[(origin.ChannelId, origin.ConversationId, origin.ActivityId)] = new StoredLead(lead.Id, lead.Stage);
        }

        return lead;
    }

    public Task<Lead?> FindAsync(Guid id, CancellationToken cancellationToken) => inner.FindAsync(id, cancellationToken);

    /// <summary>The lead the activity stored in this process, taken out; null when none was handed over.</summary>
    public StoredLead? Take(string? channelId, string? conversationId, string? activityId) =>
        saved.TryRemove((channelId, conversationId, activityId), out var lead) ? lead : null;
}
