namespace LeadBot.Bot.Tests.Telemetry;

/// <summary>
/// OpenTelemetry listens process-wide (every ActivitySource and Meter of a name), so a test host's exporter would also
/// see the hosts of tests running beside it. The telemetry tests therefore run alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry (alone)";
}
