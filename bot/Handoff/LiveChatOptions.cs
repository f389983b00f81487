using LeadBot.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Handoff;

/// <summary>The live chat between a prospect and a person from sales (section "LiveChat"), validated at start-up.</summary>
public sealed class LiveChatOptions
{
    public const string SectionName = "LiveChat";

    /// <summary>Whether prospects can ask for a person and sales can chat from the card. Off (or Teams not set up): "talk to
    /// a person" offers the sales contact (Conversation:SalesContact).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long a request waits for someone in the sales channel to accept it; then the prospect is offered a
    /// callback and the request card says so.</summary>
    public double AcceptTimeoutSeconds { get; set; } = 120;

    /// <summary>A prospect counts as "on the website now" this long after their last message or typing.</summary>
    public double OnlineWithinSeconds { get; set; } = 180;

    /// <summary>How often a prospect's turns record that they are still there (at most one write per this many seconds
    /// per conversation).</summary>
    public double PresenceWriteSeconds { get; set; } = 20;

    /// <summary>An active chat in which nobody wrote for this long is ended and handed back to the bot.</summary>
    public double IdleMinutes { get; set; } = 30;

    /// <summary>How often each instance looks for requests nobody accepted and chats nobody writes in.</summary>
    public double PollSeconds { get; set; } = 2;
}

internal sealed class LiveChatOptionsValidation : IValidateOptions<LiveChatOptions>
{
    public ValidateOptionsResult Validate(string? name, LiveChatOptions o)
    {
        const string s = LiveChatOptions.SectionName;
        var errors = new OptionErrors(s);
        errors.Range(nameof(o.AcceptTimeoutSeconds), o.AcceptTimeoutSeconds, 1, 3600);
        errors.Range(nameof(o.OnlineWithinSeconds), o.OnlineWithinSeconds, 10, 3600);
        errors.Range(nameof(o.PresenceWriteSeconds), o.PresenceWriteSeconds, 1, 600);
        errors.Range(nameof(o.IdleMinutes), o.IdleMinutes, 1, 1440);
        errors.Range(nameof(o.PollSeconds), o.PollSeconds, 0.1, 600);
        if (o.PresenceWriteSeconds >= o.OnlineWithinSeconds)
        {
            errors.Add($"{s}:PresenceWriteSeconds must be shorter than {s}:OnlineWithinSeconds, or a prospect who is still there would look gone.");
        }

        return errors.Result;
    }
}
