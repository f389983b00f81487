using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;

namespace LeadBot.DeploymentTemplates.Tests;

/// <summary>Paths inside the repository, found by walking up from the test binaries to the folder with LeadBot.sln.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string DeploymentTemplates => Path.Combine(Root, "deploymentTemplates");

    public static string TeamsAppPackage => Path.Combine(DeploymentTemplates, "teamsAppPackage");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LeadBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No LeadBot.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>The entry templates a company deploys: every .bicep file outside modules/.</summary>
    public static IEnumerable<string> EntryTemplates() =>
        Directory.EnumerateFiles(DeploymentTemplates, "*.bicep", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(DeploymentTemplates, f).StartsWith("modules" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    public static IEnumerable<string> AllBicepFiles() =>
        Directory.EnumerateFiles(DeploymentTemplates, "*.bicep", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public static IEnumerable<string> ParameterFiles() =>
        Directory.EnumerateFiles(DeploymentTemplates, "*.bicepparam", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public static string Relative(string path) => Path.GetRelativePath(DeploymentTemplates, path).Replace('\\', '/');

    public static string Absolute(string relative) => Path.Combine(DeploymentTemplates, relative);

    public static JsonObject ReadCheckedInArm(string bicepFile) =>
        JsonNode.Parse(File.ReadAllText(Path.ChangeExtension(bicepFile, ".json")))!.AsObject();
}

internal sealed record ProcessResult(int ExitCode, string StdOut, string StdErr);

internal static class Processes
{
    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, string? workingDirectory = null,
        IDictionary<string, string>? environment = null, int timeoutSeconds = 120)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Repo.DeploymentTemplates,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The Bicep CLI needs no network for local files; keep it from looking for updates or sending telemetry.
        start.Environment["BICEP_TRACING_ENABLED"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(timeoutSeconds)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', start.ArgumentList)} did not finish in {timeoutSeconds} s.");
        }

        return new ProcessResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}

/// <summary>The real Bicep CLI that restore downloaded (PackageDownload Azure.Bicep.CommandLine.linux-x64).</summary>
internal static class BicepCli
{
    private static readonly Lazy<string> PathLazy = new(Locate);

    public static string ExecutablePath => PathLazy.Value;

    private static string Locate()
    {
        var path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "BicepPath").Value!;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The Bicep CLI was not restored; run dotnet restore.", path);
        }

        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
            if ((mode & UnixFileMode.UserExecute) == 0)
            {
                File.SetUnixFileMode(path, mode | execute);
            }
        }

        return path;
    }

    public static ProcessResult Run(params string[] arguments) => Processes.Run(ExecutablePath, arguments);

    /// <summary>Compiles a .bicep file to ARM JSON (stdout); diagnostics, linter findings included, go to stderr.</summary>
    public static ProcessResult Build(string bicepFile) => Run("build", bicepFile, "--stdout");

    public static ProcessResult BuildParams(string bicepparamFile) => Run("build-params", bicepparamFile, "--stdout");

    public static ProcessResult Lint(string bicepFile) => Run("lint", bicepFile);

    /// <summary>Compiled templates are cached per file: several tests read the same ARM JSON.</summary>
    private static readonly Dictionary<string, JsonObject> Compiled = new();

    public static JsonObject Compile(string bicepFile)
    {
        lock (Compiled)
        {
            if (!Compiled.TryGetValue(bicepFile, out var template))
            {
                var result = Build(bicepFile);
                Assert.True(result.ExitCode == 0, $"bicep build {Repo.Relative(bicepFile)} failed:\n{result.StdErr}");
                template = JsonNode.Parse(result.StdOut)!.AsObject();
                Compiled[bicepFile] = template;
            }

            return (JsonObject)template.DeepClone();
        }
    }
}

/// <summary>Helpers to walk compiled ARM JSON, including nested module deployments (languageVersion 1.0 arrays or 2.0 objects).</summary>
internal static class Arm
{
    public const string DeploymentType = "Microsoft.Resources/deployments";

    public static IEnumerable<(string? SymbolicName, JsonObject Resource)> Resources(JsonObject template) =>
        template["resources"] switch
        {
            JsonArray array => array.Select(r => ((string?)null, r!.AsObject())),
            JsonObject map => map.Select(kv => ((string?)kv.Key, kv.Value!.AsObject())),
            _ => [],
        };

    /// <summary>Every resource the template and the templates of its nested deployments deploy, depth first (not the
    /// <c>existing</c> references, which deploy nothing).</summary>
    public static IEnumerable<JsonObject> AllResources(JsonObject template)
    {
        foreach (var (_, resource) in Resources(template))
        {
            if (resource["existing"] is JsonValue existing && existing.GetValue<bool>())
            {
                continue;
            }

            yield return resource;
            if (Type(resource) == DeploymentType && resource["properties"] is JsonObject { } properties && properties["template"] is JsonObject nested)
            {
                foreach (var inner in AllResources(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    public static IEnumerable<JsonObject> AllTemplates(JsonObject template)
    {
        yield return template;
        foreach (var (_, resource) in Resources(template))
        {
            if (Type(resource) == DeploymentType && resource["properties"] is JsonObject { } properties && properties["template"] is JsonObject nested)
            {
                foreach (var inner in AllTemplates(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    public static string Type(JsonObject resource) => (string)resource["type"]!;

    public static JsonObject Module(JsonObject template, string deploymentName) =>
        AllResources(template).Single(r => Type(r) == DeploymentType && (string?)r["name"] == deploymentName);

    public static JsonObject ModuleTemplate(JsonObject template, string deploymentName) =>
        Module(template, deploymentName)["properties"]!["template"]!.AsObject();

    /// <summary>Removes metadata._generator (Bicep version and template hash) everywhere, so templates compare by content.</summary>
    public static JsonNode? WithoutGenerator(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["metadata"] is JsonObject metadata)
                {
                    metadata.Remove("_generator");
                    if (metadata.Count == 0)
                    {
                        obj.Remove("metadata");
                    }
                }

                foreach (var (_, value) in obj.ToList())
                {
                    WithoutGenerator(value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    WithoutGenerator(item);
                }

                break;
        }

        return node;
    }
}
