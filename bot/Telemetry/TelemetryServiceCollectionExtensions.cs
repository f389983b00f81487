using Azure.Monitor.OpenTelemetry.AspNetCore;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace LeadBot.Bot.Telemetry;

/// <summary>Wires OpenTelemetry: traces, metrics and logs to Azure Monitor, OTLP or the console (section "Telemetry").</summary>
public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// Validates the "Telemetry" section (a bad value stops start-up naming the key), wraps the bot in
    /// <see cref="TurnTelemetryBot"/>, and, when an exporter is configured, registers the OpenTelemetry pipeline and that
    /// exporter. Without one nothing listens and the telemetry hooks cost a flag check. Call it after the bot is registered.
    /// </summary>
    public static WebApplicationBuilder AddLeadBotTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var services = builder.Services;
        var section = configuration.GetSection(TelemetryOptions.SectionName);
        var options = section.Get<TelemetryOptions>() ?? new TelemetryOptions();
        var applicationInsights = configuration[TelemetryOptions.ApplicationInsightsVariable];
        var errors = options.Validate(applicationInsights);
        if (errors.Count > 0)
        {
            throw new OptionsValidationException(TelemetryOptions.SectionName, typeof(TelemetryOptions), errors);
        }

        services.AddOptions<TelemetryOptions>().Bind(section);
        DecorateBot(services);

        var exporter = options.Resolve(applicationInsights);
        if (exporter == TelemetryExporter.None)
        {
            return builder;
        }

        var otel = services.AddLeadBotTelemetryPipeline();
        switch (exporter)
        {
            case TelemetryExporter.AzureMonitor:
                otel.UseAzureMonitor(o => o.ConnectionString = options.ConnectionString(applicationInsights));
                break;
            case TelemetryExporter.Otlp:
                var protocol = string.Equals(options.OtlpProtocol, "HttpProtobuf", StringComparison.OrdinalIgnoreCase)
                    ? OtlpExportProtocol.HttpProtobuf
                    : OtlpExportProtocol.Grpc;
                // Without an endpoint the standard OTEL_EXPORTER_OTLP_* variables decide.
                if (string.IsNullOrWhiteSpace(options.OtlpEndpoint))
                {
                    otel.UseOtlpExporter();
                }
                else
                {
                    otel.UseOtlpExporter(protocol, new Uri(options.OtlpEndpoint));
                }

                break;
            case TelemetryExporter.Console:
                otel.WithTracing(t => t.AddConsoleExporter()).WithMetrics(m => m.AddConsoleExporter()).WithLogging(l => l.AddConsoleExporter());
                break;
        }

        return builder;
    }

    /// <summary>
    /// The exporter-independent pipeline: LeadBot's own source and meter, ASP.NET Core and HttpClient instrumentation,
    /// the <see cref="PersonalDataScrubber"/> ahead of any exporter, logs with their trace ids, and the
    /// <see cref="BacklogSampler"/>. Safe to call twice.
    /// </summary>
    internal static OpenTelemetryBuilder AddLeadBotTelemetryPipeline(this IServiceCollection services)
    {
        var otel = services.AddOpenTelemetry();
        if (services.Any(d => d.ServiceType == typeof(PipelineMarker)))
        {
            return otel;
        }

        services.AddSingleton<PipelineMarker>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<BacklogSampler>();
        otel.ConfigureResource(r => r.AddService(serviceName: "leadbot", serviceVersion: typeof(TelemetryServiceCollectionExtensions).Assembly.GetName().Version?.ToString()))
            .WithTracing(t => t
                .AddProcessor(new PersonalDataScrubber())
                .AddSource(LeadBotTelemetry.Name)
                .AddAspNetCoreInstrumentation(o =>
                {
                    // Health probes every few seconds would drown the turns.
                    o.Filter = http => !http.Request.Path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase);
                    o.RecordException = false;
                })
                .AddHttpClientInstrumentation(o => o.RecordException = false))
            .WithMetrics(m => m
                .AddMeter(LeadBotTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .WithLogging(configureBuilder: null, configureOptions: o =>
            {
                // The formatted message only: the log templates carry ids and types, never text (see Logging in README).
                o.IncludeFormattedMessage = true;
                o.IncludeScopes = false;
            });
        return otel;
    }

    /// <summary>Wraps the registered <see cref="IBot"/> (the turn pipeline) in <see cref="TurnTelemetryBot"/>.</summary>
    private static void DecorateBot(IServiceCollection services)
    {
        var registration = services.LastOrDefault(d => d.ServiceType == typeof(IBot));
        if (registration is null || registration.ImplementationFactory is null && registration.ImplementationType is null && registration.ImplementationInstance is null)
        {
            return;
        }

        services.Remove(registration);
        services.Add(new ServiceDescriptor(typeof(IBot), sp => new TurnTelemetryBot(Resolve(registration, sp)), registration.Lifetime));
    }

    private static IBot Resolve(ServiceDescriptor registration, IServiceProvider services) =>
        (IBot)(registration.ImplementationInstance
            ?? registration.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, registration.ImplementationType!));

    private sealed class PipelineMarker;
}
