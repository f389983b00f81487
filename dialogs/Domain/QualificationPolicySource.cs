namespace LeadBot.Dialogs.Domain;

/// <summary>
/// One version of the qualification policy as the conversation uses it: the number every lead it scores records, the
/// policy (never changed once published: a change is a new version) and a scorer for it.
/// </summary>
public sealed class ActivePolicy
{
    public ActivePolicy(int version, QualificationPolicy policy, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        Version = version;
        Policy = policy;
        Scorer = new LeadScorer(policy, clock, version);
    }

    public int Version { get; }

    public QualificationPolicy Policy { get; }

    public LeadScorer Scorer { get; }
}

/// <summary>
/// Where the conversation gets the policy in force. Read on every use, so a new version is effective for the next
/// message of every conversation; an implementation must answer from memory (it is read many times per turn).
/// </summary>
public interface IQualificationPolicySource
{
    ActivePolicy Current { get; }
}

/// <summary>The policy from configuration as version 1, for hosts without a policy store (tests, tools).</summary>
public sealed class ConfiguredQualificationPolicy(QualificationPolicy policy, TimeProvider clock) : IQualificationPolicySource
{
    public ActivePolicy Current { get; } = new(1, policy, clock);
}
