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

    public string Id { get; set; } = "";

    public FunnelStatus Status { get; set; }

    public FunnelStep? Open { get; set; }

    /// <summary>The phase of the last prompt of the open question ("check", "giveup", or null for the question itself).</summary>
    public string? Phase { get; set; }

    public FunnelPoint Reached { get; set; }

    public bool Consented { get; set; }

    public static string NewId() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
}
