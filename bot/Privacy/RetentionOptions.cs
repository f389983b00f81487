using System.Globalization;
using LeadBot.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Privacy;

/// <summary>How long what is kept (section "Retention"), enforced by <see cref="RetentionJob"/>.</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";
    public const string ConsentRetentionKey = "Conversation:RetentionDays";
    public const int DefaultUnqualifiedLeadDays = 180;
    public const int MaxDays = 3650;
    public const int MaxRunEveryMinutes = 1440;

    /// <summary>Days a lead that never reached MQL (stage Lead) or was disqualified is kept after its last change.
    /// Default: <c>Conversation:RetentionDays</c>, the period the consent text promises.</summary>
    public int UnqualifiedLeadDays { get; set; } = DefaultUnqualifiedLeadDays;

    /// <summary>Days the bot's conversation and user state of a conversation that was not continued is kept.</summary>
    public int AbandonedConversationDays { get; set; } = 30;

    /// <summary>Days an entry of the privacy audit log is kept.</summary>
    public int AuditLogDays { get; set; } = 1095;

    /// <summary>Days the funnel's journeys and events (process facts without personal data) are kept after the
    /// conversation started.</summary>
    public int FunnelDays { get; set; } = 730;

    /// <summary>Minutes between two runs of the retention job.</summary>
    public int RunEveryMinutes { get; set; } = 60;

    internal static readonly string[] Keys =
        [nameof(UnqualifiedLeadDays), nameof(AbandonedConversationDays), nameof(AuditLogDays), nameof(FunnelDays), nameof(RunEveryMinutes)];

    /// <summary>Reads the section; values that are not whole numbers keep their default (the validation reports them).</summary>
    internal static void Load(IConfiguration configuration, RetentionOptions options)
    {
        var section = configuration.GetSection(SectionName);
        options.UnqualifiedLeadDays = Parse(section[nameof(UnqualifiedLeadDays)])
            ?? Parse(configuration[ConsentRetentionKey]) ?? DefaultUnqualifiedLeadDays;
        options.AbandonedConversationDays = Parse(section[nameof(AbandonedConversationDays)]) ?? options.AbandonedConversationDays;
        options.AuditLogDays = Parse(section[nameof(AuditLogDays)]) ?? options.AuditLogDays;
        options.FunnelDays = Parse(section[nameof(FunnelDays)]) ?? options.FunnelDays;
        options.RunEveryMinutes = Parse(section[nameof(RunEveryMinutes)]) ?? options.RunEveryMinutes;
    }

    internal static int? Parse(string? raw) =>
        int.TryParse(raw?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
}

internal sealed class RetentionOptionsValidation(IConfiguration configuration) : IValidateOptions<RetentionOptions>
{
    public ValidateOptionsResult Validate(string? name, RetentionOptions options)
    {
        const string s = RetentionOptions.SectionName;
        var errors = new OptionErrors(s);
        foreach (var key in RetentionOptions.Keys)
        {
            var raw = configuration[$"{s}:{key}"];
            if (!string.IsNullOrWhiteSpace(raw) && RetentionOptions.Parse(raw) is null)
            {
                errors.Add($"{s}:{key} must be a whole number (was '{raw}').");
            }
        }

        errors.Range(nameof(RetentionOptions.UnqualifiedLeadDays), options.UnqualifiedLeadDays, 1, RetentionOptions.MaxDays);
        errors.Range(nameof(RetentionOptions.AbandonedConversationDays), options.AbandonedConversationDays, 1, RetentionOptions.MaxDays);
        errors.Range(nameof(RetentionOptions.AuditLogDays), options.AuditLogDays, 1, RetentionOptions.MaxDays);
        errors.Range(nameof(RetentionOptions.FunnelDays), options.FunnelDays, 1, RetentionOptions.MaxDays);
        errors.Range(nameof(RetentionOptions.RunEveryMinutes), options.RunEveryMinutes, 1, RetentionOptions.MaxRunEveryMinutes);

        // The consent text promises Conversation:RetentionDays; keeping unqualified leads longer would break it.
        if (RetentionOptions.Parse(configuration[RetentionOptions.ConsentRetentionKey]) is { } promised && options.UnqualifiedLeadDays > promised)
        {
            errors.Add($"{s}:{nameof(RetentionOptions.UnqualifiedLeadDays)} ({options.UnqualifiedLeadDays}) must not exceed "
                + $"{RetentionOptions.ConsentRetentionKey} ({promised}), the period the consent text promises.");
        }

        return errors.Result;
    }
}
