using System.Text.Json.Nodes;

namespace LeadBot.DeploymentTemplates.Tests;

/// <summary>Every template is compiled and linted by the real Bicep CLI; the checked-in ARM JSON is what it produces.</summary>
[Trait("Category", "Slow")]
public class BicepTemplateTests
{
    public const string ExistingGroup = "DeployUseExistResourceGroup/leadbot.bicep";
    public const string NewGroup = "DeployWithNewResourceGroup/leadbot-new-rg.bicep";

    public static TheoryData<string> EntryTemplates() => new(Repo.EntryTemplates().Select(Repo.Relative));

    public static TheoryData<string> AllBicepFiles() => new(Repo.AllBicepFiles().Select(Repo.Relative));

    public static TheoryData<string> ParameterFiles() => new(Repo.ParameterFiles().Select(Repo.Relative));

    [Fact]
    public void Both_deployment_variants_exist_as_entry_templates()
    {
        Assert.Equal([ExistingGroup, NewGroup], Repo.EntryTemplates().Select(Repo.Relative).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EntryTemplates))]
    public void Entry_template_builds_without_errors_or_warnings(string template)
    {
        var result = BicepCli.Build(Repo.Absolute(template));

        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.True(result.StdErr.Trim().Length == 0, $"bicep build {template} reported:\n{result.StdErr}");
        Assert.NotEmpty(result.StdOut);
    }

    [Theory]
    [MemberData(nameof(AllBicepFiles))]
    public void Every_bicep_file_including_modules_passes_the_linter(string file)
    {
        var result = BicepCli.Lint(Repo.Absolute(file));

        var diagnostics = (result.StdOut + result.StdErr).Trim();
        Assert.True(result.ExitCode == 0 && diagnostics.Length == 0, $"bicep lint {file} reported:\n{diagnostics}");
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public void Parameter_files_build_without_errors_or_warnings(string file)
    {
        var result = BicepCli.BuildParams(Repo.Absolute(file));

        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.True(result.StdErr.Trim().Length == 0, $"bicep build-params {file} reported:\n{result.StdErr}");
    }

    [Theory]
    [MemberData(nameof(EntryTemplates))]
    public void Checked_in_ARM_JSON_equals_the_bicep_build_output(string template)
    {
        var path = Repo.Absolute(template);
        var jsonPath = Path.ChangeExtension(path, ".json");
        Assert.True(File.Exists(jsonPath), $"{Path.ChangeExtension(template, ".json")} is missing: run bicep build {template}.");

        var built = Arm.WithoutGenerator(BicepCli.Compile(path));
        var checkedIn = Arm.WithoutGenerator(Repo.ReadCheckedInArm(path));

        Assert.True(JsonNode.DeepEquals(built, checkedIn),
            $"{Path.ChangeExtension(template, ".json")} is stale: rebuild it with bicep build {template}.");
    }

    [Fact]
    public void Linter_config_turns_on_the_API_version_and_secret_rules()
    {
        var config = JsonNode.Parse(File.ReadAllText(Repo.Absolute("bicepconfig.json")))!;
        var rules = config["analyzers"]!["core"]!["rules"]!.AsObject();

        foreach (var rule in new[] { "use-recent-api-versions", "outputs-should-not-contain-secrets", "secure-parameter-default",
                     "use-secure-value-for-secure-inputs", "no-hardcoded-env-urls", "no-unused-params" })
        {
            Assert.Contains((string?)rules[rule]?["level"], new[] { "warning", "error" });
        }
    }

    [Fact]
    public void Existing_group_variant_is_resource_group_scoped_and_new_group_variant_creates_the_group()
    {
        var existing = BicepCli.Compile(Repo.Absolute(ExistingGroup));
        var created = BicepCli.Compile(Repo.Absolute(NewGroup));

        Assert.EndsWith("/deploymentTemplate.json#", (string)existing["$schema"]!);
        Assert.EndsWith("/subscriptionDeploymentTemplate.json#", (string)created["$schema"]!);

        var group = Assert.Single(Arm.Resources(created), r => Arm.Type(r.Resource) == "Microsoft.Resources/resourceGroups").Resource;
        var module = Assert.Single(Arm.Resources(created), r => Arm.Type(r.Resource) == Arm.DeploymentType).Resource;
        Assert.Equal((string?)group["name"], (string?)module["resourceGroup"]);
    }

    [Fact]
    public void Both_variants_deploy_the_same_shared_module()
    {
        var existing = Arm.WithoutGenerator(Arm.ModuleTemplate(BicepCli.Compile(Repo.Absolute(ExistingGroup)), "leadbot"));
        var created = Arm.WithoutGenerator(Arm.ModuleTemplate(BicepCli.Compile(Repo.Absolute(NewGroup)), "leadbot"));

        Assert.True(JsonNode.DeepEquals(existing, created), "The two variants must deploy one shared module (modules/leadbot.bicep).");
    }

    [Theory]
    [MemberData(nameof(EntryTemplates))]
    public void Web_app_is_linux_dotnet_10_with_websockets_https_only_health_check_and_always_on(string template)
    {
        var resources = Arm.AllResources(BicepCli.Compile(Repo.Absolute(template))).ToList();

        var plan = Assert.Single(resources, r => Arm.Type(r) == "Microsoft.Web/serverfarms");
        Assert.True((bool)plan["properties"]!["reserved"]!);

        var site = Assert.Single(resources, r => Arm.Type(r) == "Microsoft.Web/sites");
        Assert.Contains("linux", (string)site["kind"]!);
        // The site and its staging slot share one properties variable of the web app module.
        var webApp = Arm.ModuleTemplate(BicepCli.Compile(Repo.Absolute(template)), "leadbot-webapp");
        Assert.Equal("[variables('siteProperties')]", (string?)site["properties"]);
        var properties = webApp["variables"]!["siteProperties"]!;
        Assert.True((bool)properties["httpsOnly"]!);
        var config = properties["siteConfig"]!;
        Assert.Equal("DOTNETCORE|10.0", (string?)config["linuxFxVersion"]);
        Assert.True((bool)config["webSocketsEnabled"]!);
        Assert.True((bool)config["alwaysOn"]!);
        Assert.Equal("/healthz", (string?)config["healthCheckPath"]);
        Assert.Equal("UserAssigned", (string?)webApp["variables"]!["identity"]!["type"]);

        Assert.Single(resources, r => Arm.Type(r) == "Microsoft.ManagedIdentity/userAssignedIdentities");
        Assert.Single(resources, r => Arm.Type(r) == "Microsoft.Insights/components");
        Assert.Single(resources, r => Arm.Type(r) == "Microsoft.OperationalInsights/workspaces");
    }

    [Theory]
    [MemberData(nameof(EntryTemplates))]
    public void App_type_is_UserAssignedMSI_by_default_or_SingleTenant_and_never_MultiTenant(string template)
    {
        var compiled = BicepCli.Compile(Repo.Absolute(template));
        var appType = compiled["parameters"]!["appType"]!;

        Assert.Equal("UserAssignedMSI", (string?)appType["defaultValue"]);
        Assert.Equal(["UserAssignedMSI", "SingleTenant"], appType["allowedValues"]!.AsArray().Select(v => (string)v!));
        Assert.DoesNotContain("MultiTenant", compiled.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(EntryTemplates))]
    public void Azure_bot_is_global_with_Teams_and_a_secure_Direct_Line_site(string template)
    {
        var resources = Arm.AllResources(BicepCli.Compile(Repo.Absolute(template))).ToList();

        var bot = Assert.Single(resources, r => Arm.Type(r) == "Microsoft.BotService/botServices");
        Assert.Equal("azurebot", (string?)bot["kind"]);
        Assert.Equal("global", (string?)bot["location"]);

        var channels = resources.Where(r => Arm.Type(r) == "Microsoft.BotService/botServices/channels")
            .ToDictionary(r => (string)r["properties"]!["channelName"]!);
        Assert.Equal(["DirectLineChannel", "MsTeamsChannel"], channels.Keys.Order(StringComparer.Ordinal));

        var site = Assert.Single(channels["DirectLineChannel"]["properties"]!["properties"]!["sites"]!.AsArray())!;
        Assert.True((bool)site["isSecureSiteEnabled"]!);
        Assert.True((bool)site["isV3Enabled"]!);
        Assert.NotNull(site["trustedOrigins"]);
    }

    [Theory]
    [MemberData(nameof(EntryTemplates))]
    public void PostgreSQL_server_is_deployed_by_default_and_only_when_the_database_toggle_is_on(string template)
    {
        var compiled = BicepCli.Compile(Repo.Absolute(template));
        Assert.True((bool)compiled["parameters"]!["enableDatabase"]!["defaultValue"]!);

        var database = Arm.Module(compiled, "leadbot-postgres");
        Assert.Equal("[parameters('enableDatabase')]", (string?)database["condition"]);
        Assert.Contains(Arm.AllResources(database["properties"]!["template"]!.AsObject()),
            r => Arm.Type(r) == "Microsoft.DBforPostgreSQL/flexibleServers");
    }
}
