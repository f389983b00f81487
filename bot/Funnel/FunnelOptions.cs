using LeadBot.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Funnel;

/// <summary>The funnel events (section "Funnel"). How long they are kept is Retention:FunnelDays.</summary>
public sealed class FunnelOptions
{
    public const string SectionName = "Funnel";

    /// <summary>Record the funnel (on by default). Off: no journeys or events are written; the dashboard shows what exists.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Minutes without activity after which an open conversation counts as abandoned at its open question.</summary>
    public int AbandonAfterMinutes { get; set; } = 30;

    /// <summary>Minutes between two runs of the job that marks abandoned conversations and purges old funnel rows.</summary>
    public int CheckEveryMinutes { get; set; } = 5;

    /// <summary>Milliseconds between two writes of the journeys' waiting changes: a conversation's turns within this
    /// time cost one row change. Also the most funnel facts a crash can lose.</summary>
    public int WriteEveryMilliseconds { get; set; } = 1000;
}

internal sealed class FunnelOptionsValidation : IValidateOptions<FunnelOptions>
{
    public ValidateOptionsResult Validate(string? name, FunnelOptions options)
    {
        const string s = FunnelOptions.SectionName;
        var errors = new OptionErrors(s);
        errors.Range(nameof(options.AbandonAfterMinutes), options.AbandonAfterMinutes, 1, 60 * 24 * 30);
        errors.Range(nameof(options.CheckEveryMinutes), options.CheckEveryMinutes, 1, 1440);
        errors.Range(nameof(options.WriteEveryMilliseconds), options.WriteEveryMilliseconds, 10, 60_000);

        return errors.Result;
    }
}
