namespace LeadBot.Bot.Telemetry;

/// <summary>Where the bot's OpenTelemetry data goes (configuration section "Telemetry").</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>The connection string variable App Service and the Azure Monitor distro use.</summary>
    public const string ApplicationInsightsVariable = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>"Auto" (default): Azure Monitor when a connection string is configured, else OTLP when an endpoint is,
    /// else nothing. Or explicitly "AzureMonitor", "Otlp", "Console" (traces, metrics and logs on stdout) or "None".</summary>
    public string Exporter { get; set; } = nameof(TelemetryExporter.Auto);

    /// <summary>Application Insights connection string; empty: APPLICATIONINSIGHTS_CONNECTION_STRING.</summary>
    public string AzureMonitorConnectionString { get; set; } = "";

    /// <summary>OTLP endpoint (e.g. http://localhost:4317 for gRPC, http://localhost:4318 for HTTP); empty: none.</summary>
    public string OtlpEndpoint { get; set; } = "";

    /// <summary>"Grpc" (default) or "HttpProtobuf".</summary>
    public string OtlpProtocol { get; set; } = "Grpc";

    /// <summary>Seconds between two readings of the lead and outbox counts (one small query each).</summary>
    public int SampleSeconds { get; set; } = 60;

    internal TelemetryExporter? ParsedExporter =>
        Enum.TryParse<TelemetryExporter>(Exporter?.Trim(), ignoreCase: true, out var exporter) && Enum.IsDefined(exporter) ? exporter : null;

    /// <summary>The exporter in effect after "Auto" is resolved against the connection string and endpoint.</summary>
    internal TelemetryExporter Resolve(string? applicationInsightsVariable) => ParsedExporter switch
    {
        TelemetryExporter.Auto when !string.IsNullOrWhiteSpace(ConnectionString(applicationInsightsVariable)) => TelemetryExporter.AzureMonitor,
        TelemetryExporter.Auto when !string.IsNullOrWhiteSpace(OtlpEndpoint) => TelemetryExporter.Otlp,
        TelemetryExporter.Auto or null => TelemetryExporter.None,
        var exporter => exporter.Value,
    };

    internal string? ConnectionString(string? applicationInsightsVariable) =>
        string.IsNullOrWhiteSpace(AzureMonitorConnectionString) ? applicationInsightsVariable : AzureMonitorConnectionString;

    /// <summary>Every problem, each naming its configuration key.</summary>
    internal IReadOnlyList<string> Validate(string? applicationInsightsVariable)
    {
        var errors = new List<string>();
        if (ParsedExporter is null)
        {
            errors.Add($"{SectionName}:Exporter must be 'Auto', 'AzureMonitor', 'Otlp', 'Console' or 'None' (was '{Exporter}').");
            return errors;
        }

        var resolved = Resolve(applicationInsightsVariable);
        if (resolved == TelemetryExporter.AzureMonitor && string.IsNullOrWhiteSpace(ConnectionString(applicationInsightsVariable)))
        {
            errors.Add($"{SectionName}:AzureMonitorConnectionString (or {ApplicationInsightsVariable}) is required when {SectionName}:Exporter is 'AzureMonitor'.");
        }

        if (resolved == TelemetryExporter.Otlp && !string.IsNullOrWhiteSpace(OtlpEndpoint)
            && (!Uri.TryCreate(OtlpEndpoint, UriKind.Absolute, out var endpoint) || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps)))
        {
            errors.Add($"{SectionName}:OtlpEndpoint must be an absolute http(s) URL (was '{OtlpEndpoint}').");
        }

        if (!string.Equals(OtlpProtocol, "Grpc", StringComparison.OrdinalIgnoreCase) && !string.Equals(OtlpProtocol, "HttpProtobuf", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add($"{SectionName}:OtlpProtocol must be 'Grpc' or 'HttpProtobuf' (was '{OtlpProtocol}').");
        }

        if (SampleSeconds is < 5 or > 3600)
        {
            errors.Add($"{SectionName}:SampleSeconds must be between 5 and 3600 (was {SampleSeconds}).");
        }

        return errors;
    }
}

public enum TelemetryExporter
{
    Auto,
    AzureMonitor,
    Otlp,
    Console,
    None,
}
