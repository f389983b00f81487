using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LeadBot.Bench.Tests;

/// <summary>The benchmark runs the bot with the runtime environment its deployment template and launch profile give
/// it, so its figures are the deployed bot's: the three places name the same settings with the same values.</summary>
public sealed class DeployedRuntimeSettingsTests
{
    [Fact]
    public void The_bench_the_deployment_template_and_the_launch_profile_give_the_bot_the_same_runtime_settings()
    {
        var root = RepositoryRoot();
        var bicep = File.ReadAllText(Path.Combine(root, "deploymentTemplates", "modules", "appSettings.bicep"));
        var profile = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "bot", "Properties", "launchSettings.json")))!["profiles"]!["LeadBot"]!["environmentVariables"]!.AsObject();

        Assert.NotEmpty(BenchRunner.DeployedRuntimeSettings);
        foreach (var (name, value) in BenchRunner.DeployedRuntimeSettings)
        {
            Assert.Matches(new Regex($"^\\s*{Regex.Escape(name)}: '{Regex.Escape(value)}'\\s*$", RegexOptions.Multiline), bicep);
            Assert.Equal(value, (string?)profile[name]);
        }

        // Every runtime setting of the template is one the bench applies.
        var templateRuntimeKeys = Regex.Matches(bicep, @"^\s*(DOTNET_\w+):", RegexOptions.Multiline).Select(m => m.Groups[1].Value);
        Assert.Equal(templateRuntimeKeys.Order(), BenchRunner.DeployedRuntimeSettings.Select(s => s.Key).Order());
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LeadBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("LeadBot.sln not found above the test's directory.");
    }
}
