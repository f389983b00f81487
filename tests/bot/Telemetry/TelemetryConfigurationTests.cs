using LeadBot.Bot.Telemetry;
using LeadBot.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenTelemetry.Trace;

namespace LeadBot.Bot.Tests.Telemetry;

[Collection(TelemetryCollection.Name)]
public sealed class TelemetryConfigurationTests
{
    [Theory]
    [InlineData("Telemetry:Exporter", "Splunk")]
    [InlineData("Telemetry:SampleSeconds", "1")]
    [InlineData("Telemetry:OtlpProtocol", "Carrier-Pigeon")]
    public async Task A_bad_telemetry_value_stops_start_up_naming_the_key(string key, string value)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(settings: new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Azure_Monitor_without_a_connection_string_stops_start_up_naming_both_settings()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Telemetry:Exporter"] = "AzureMonitor",
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "",
        }));

        Assert.Contains("Telemetry:AzureMonitorConnectionString", error.Message, StringComparison.Ordinal);
        Assert.Contains("APPLICATIONINSIGHTS_CONNECTION_STRING", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Auto", "", "", TelemetryExporter.None)]
    [InlineData("Auto", "InstrumentationKey=00000000-0000-0000-0000-000000000000", "", TelemetryExporter.AzureMonitor)]
    [InlineData("Auto", "", "http://127.0.0.1:4317", TelemetryExporter.Otlp)]
    [InlineData("auto", "InstrumentationKey=00000000-0000-0000-0000-000000000000", "http://127.0.0.1:4317", TelemetryExporter.AzureMonitor)]
    [InlineData("Console", "", "", TelemetryExporter.Console)]
    [InlineData("None", "InstrumentationKey=00000000-0000-0000-0000-000000000000", "", TelemetryExporter.None)]
    public void Auto_picks_Azure_Monitor_when_a_connection_string_is_there_then_OTLP_then_nothing(string exporter, string connectionString, string otlp, TelemetryExporter expected)
    {
        var options = new TelemetryOptions { Exporter = exporter, OtlpEndpoint = otlp };

        Assert.Equal(expected, options.Resolve(connectionString));
        Assert.Empty(options.Validate(connectionString));
    }

    [Fact]
    public async Task Without_an_exporter_no_OpenTelemetry_pipeline_runs_and_with_one_it_does()
    {
        await using (var quiet = await BotHost.StartAsync())
        {
            try
            {
                Assert.Null(quiet.Services.GetService<TracerProvider>());
            }
            finally
            {
                await quiet.StopAsync();
                quiet.DeleteDatabase();
            }
        }

        await using var exporting = await BotHost.StartAsync(settings: new Dictionary<string, string?>
        {
            // An OTLP endpoint nothing listens on: the exporter retries quietly in the background.
            ["Telemetry:OtlpEndpoint"] = "http://127.0.0.1:9",
        });
        try
        {
            Assert.NotNull(exporting.Services.GetService<TracerProvider>());
        }
        finally
        {
            await exporting.StopAsync();
            exporting.DeleteDatabase();
        }
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/v3/conversations/19:abc@thread.tacv2;messageid=1/activities/1234?x=1",
        "https://smba.trafficmanager.net/emea/v3/conversations/{id}/activities/{id}")]
    [InlineData("/v3/directline/conversations/conv-1/activities", "/v3/directline/conversations/{id}/activities")]
    [InlineData("/v3/directline/conversations/conv-1/stream?t=token", "/v3/directline/conversations/{id}/stream")]
    [InlineData("/api/privacy/export?email=someone@example.com", "/api/privacy/export")]
    [InlineData("/api/messages", "/api/messages")]
    public void The_scrubber_cuts_ids_and_queries_out_of_urls(string url, string expected) =>
        Assert.Equal(expected, PersonalDataScrubber.Scrub(url));
}
