namespace LeadBot.Bot.Funnel;

/// <summary>
/// What the conversation state keeps of the conversation's journey: its random id (the only link between the
/// conversation and its funnel rows: an erasure deletes the state, and with it the link) and where it stands, so each
/// turn can tell what moved. Nothing personal.
/// </summary>
public sealed class FunnelTrack
{
    /// <summary>The name of the conversation-state property.</summary>
    public const string PropertyName = "FunnelTrack";

    public long Id { get; set; }

    public FunnelStatus Status { get; set; }

    public FunnelStep? Open { get; set; }

    /// <summary>The phase of the last prompt of the open question ("check", "giveup", or null for the question itself).</summary>
    public string? Phase { get; set; }

    public FunnelPoint Reached { get; set; }

    public bool Consented { get; set; }

    /// <summary>A random positive 63-bit number: unguessable, and nothing derives it from the conversation or the person.</summary>
    public static long NewId()
    {
        long id;
        do
        {
            id = BitConverter.ToInt64(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8)) & long.MaxValue;
        }
        while (id == 0);

        return id;
    }
}
