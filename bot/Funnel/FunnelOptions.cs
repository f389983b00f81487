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
        var errors = new List<string>();
        if (options.AbandonAfterMinutes is < 1 or > 60 * 24 * 30)
        {
            errors.Add($"{s}:AbandonAfterMinutes must be between 1 and {60 * 24 * 30} (was {options.AbandonAfterMinutes}).");
        }

        if (options.CheckEveryMinutes is < 1 or > 1440)
        {
            errors.Add($"{s}:CheckEveryMinutes must be between 1 and 1440 (was {options.CheckEveryMinutes}).");
        }

        if (options.WriteEveryMilliseconds is < 10 or > 60_000)
        {
            errors.Add($"{s}:WriteEveryMilliseconds must be between 10 and 60000 (was {options.WriteEveryMilliseconds}).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
