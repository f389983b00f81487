using System.Diagnostics;
using LeadBot.Bot.Tests.ScaleOut;

namespace LeadBot.Bot.Tests.Hosting;

/// <summary>The real bot process refuses a bad setting with a last line that names the key (not an unhandled exception
/// with its stack trace), and exits with code 1.</summary>
public sealed class StartupRefusalTests
{
    [Fact]
    public async Task A_bad_setting_stops_the_bot_with_a_last_line_naming_the_key_not_an_unhandled_exception()
    {
        var folder = Directory.CreateTempSubdirectory("leadbot-refusal-");
        try
        {
            var dll = BotProcess.BotDll();
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = Path.GetDirectoryName(dll)!,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            foreach (var argument in new[]
            {
                dll, "--urls", "http://127.0.0.1:0",
                "--ConnectionStrings:LeadBot", $"Data Source={Path.Combine(folder.FullName, "leadbot.db")}",
                "--Funnel:AbandonAfterMinutes", "-5",
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);
            var all = await output + await error;

            Assert.Equal(1, process.ExitCode);
            // The host's own log line about the failed start may come first; the last word is the refusal.
            var refusal = (await error).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
            Assert.StartsWith("LeadBot did not start:", refusal, StringComparison.Ordinal);
            Assert.Contains("Funnel:AbandonAfterMinutes", refusal, StringComparison.Ordinal);
            Assert.DoesNotContain("Unhandled exception", all, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
