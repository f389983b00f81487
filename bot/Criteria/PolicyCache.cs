using LeadBot.Dialogs.Domain;

namespace LeadBot.Bot.Criteria;

/// <summary>
/// The policy in force on this instance, answered from memory (the conversation reads it several times per turn). It is
/// replaced when this instance publishes a version and when <see cref="PolicyRefreshWorker"/> finds a newer one in the
/// database; before the first load (<see cref="PolicyVersions.LoadAsync"/> at start-up) it is the configured policy as
/// version 1. Never goes back to an older version number.
/// </summary>
public sealed class PolicyCache : IQualificationPolicySource
{
    private readonly TimeProvider _clock;
    private ActivePolicy _current;

    public PolicyCache(QualificationPolicy configured, TimeProvider clock)
    {
        _clock = clock;
        _current = new ActivePolicy(1, configured, clock);
    }

    public ActivePolicy Current => Volatile.Read(ref _current);

    /// <summary>Makes <paramref name="version"/> the policy in force unless a newer one already is; true when it did.</summary>
    public bool Offer(int version, QualificationPolicy policy, bool initial = false)
    {
        var next = new ActivePolicy(version, policy, _clock);
        while (true)
        {
            var current = Volatile.Read(ref _current);
            if (current.Version > version || (current.Version == version && !initial))
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _current, next, current) == current)
            {
                return true;
            }
        }
    }
}
