using System.Globalization;

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

    /// <summary>The track as the conversation state keeps it: one short text ("1:id:status:open:phase:reached:consented")
    /// rather than an object, which the state would store with its type name and read back through reflection on every
    /// turn.</summary>
    public string ToText() => string.Create(CultureInfo.InvariantCulture,
        $"1:{Id}:{(short)Status}:{(Open is { } open ? (short)open : 0)}:{Phase}:{(short)Reached}:{(Consented ? 1 : 0)}");

    /// <summary>The track of <see cref="ToText"/>'s text; null when the text is not one.</summary>
    public static FunnelTrack? Parse(string? text)
    {
        var parts = text?.Split(':');
        if (parts is not ["1", var id, var status, var open, var phase, var reached, var consented])
        {
            return null;
        }

        static bool Number(string value, out long number) => long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out number);
        if (!Number(id, out var journey) || !Number(status, out var state) || !Number(open, out var step) || !Number(reached, out var point))
        {
            return null;
        }

        return new FunnelTrack
        {
            Id = journey,
            Status = (FunnelStatus)state,
            Open = step == 0 ? null : (FunnelStep)step,
            Phase = phase.Length == 0 ? null : phase,
            Reached = (FunnelPoint)point,
            Consented = consented == "1",
        };
    }

    /// <summary>The start of <see cref="NewId"/>'s clock.</summary>
    private static readonly long Epoch = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    /// <summary>
    /// A positive 63-bit number that grows with time: milliseconds since 2024 in the upper 40 bits (good until 2058),
    /// 23 random bits below. New journeys so land at the end of the journey table and its indexes, where one page takes
    /// many of them, instead of on a random page each (pages per stored lead: docs/benchmarks.md). Nothing derives it from
    /// the conversation or the person.
    /// </summary>
    public static long NewId() => NewId(DateTimeOffset.UtcNow);

    internal static long NewId(DateTimeOffset now)
    {
        Span<byte> bytes = stackalloc byte[4];
        System.Security.Cryptography.RandomNumberGenerator.Fill(bytes);
        var random = BitConverter.ToInt32(bytes) & ((1 << 23) - 1);
        var milliseconds = Math.Max(0, now.ToUnixTimeMilliseconds() - Epoch) & ((1L << 40) - 1);
        return (milliseconds << 23) | (uint)random | (milliseconds == 0 && random == 0 ? 1L : 0L);
    }
}
