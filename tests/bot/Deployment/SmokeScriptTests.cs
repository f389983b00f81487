using System.Diagnostics;
using LeadBot.Bot.Tests.Support;

namespace LeadBot.Bot.Tests.Deployment;

/// <summary>
/// deploymentTemplates/smoke-test.sh against the real bot on loopback (the Azure CLI part cannot run here and is skipped
/// with --skip-azure): a bot with an app id passes (healthy, 401 without and with a forged token); a bot that would take
/// unauthenticated activities fails the check, so the script cannot report a misconfigured deployment as fine.
/// </summary>
public sealed class SmokeScriptTests
{
    private static readonly string Script = Path.Combine(FindRoot(), "deploymentTemplates", "smoke-test.sh");

    [Fact]
    public async Task The_smoke_test_passes_against_a_healthy_bot_that_requires_a_token()
    {
        await using var host = await BotHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["MicrosoftAppType"] = "MultiTenant",
        });
        try
        {
            var (exitCode, output) = await RunAsync("--url", host.BaseAddress.ToString(), "--skip-azure", "--timeout", "30");

            Assert.True(exitCode == 0, output);
            Assert.Contains("ok    /healthz 200 Healthy", output, StringComparison.Ordinal);
            Assert.Contains("ok    /api/messages refuses an activity without a Bot Framework token (401)", output, StringComparison.Ordinal);
            Assert.Contains("ok    /api/messages refuses a forged token (401)", output, StringComparison.Ordinal);
            Assert.Contains("All checks passed. Next:", output, StringComparison.Ordinal);
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    [Fact]
    public async Task The_smoke_test_fails_when_the_messaging_endpoint_takes_activities_without_a_token()
    {
        await using var host = await BotHost.StartAsync();
        try
        {
            var (exitCode, output) = await RunAsync("--url", host.BaseAddress.ToString(), "--skip-azure", "--timeout", "30");

            Assert.Equal(1, exitCode);
            Assert.Contains("FAIL  /api/messages answered", output, StringComparison.Ordinal);
            Assert.Contains("ok    /healthz 200 Healthy", output, StringComparison.Ordinal);
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    [Fact]
    public async Task The_smoke_test_fails_when_nothing_answers()
    {
        var (exitCode, output) = await RunAsync("--url", "http://127.0.0.1:9", "--skip-azure", "--timeout", "1");

        Assert.Equal(1, exitCode);
        Assert.Contains("FAIL  /healthz answered 000", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LeadBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No LeadBot.sln above the test binaries.");
    }
}
