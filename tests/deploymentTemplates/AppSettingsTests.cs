using System.Text.Json.Nodes;

namespace LeadBot.DeploymentTemplates.Tests;

/// <summary>
/// The web app's application settings and the bot's configuration (documented in the root appsettings.json) agree:
/// the templates set nothing the bot does not bind, and everything the bot requires.
/// </summary>
public class AppSettingsTests
{
    /// <summary>Keys read by the App Service platform or the Application Insights SDK, not by the bot's own configuration.</summary>
    private static readonly HashSet<string> PlatformKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "APPLICATIONINSIGHTS_CONNECTION_STRING",
    };

    private static readonly string[] PlatformKeyPrefixes = ["WEBSITE_", "SCM_"];

    /// <summary>Settings the bot cannot start (or authenticate) without, in configuration-path form.</summary>
    public static readonly string[] RequiredKeys =
    [
        "MicrosoftAppType",
        "MicrosoftAppId",
        "MicrosoftAppTenantId",
        "ConnectionStrings:LeadBot",
        "Storage:Provider",
        "SalesApi:ApiKey",
    ];

    public static TheoryData<string> EntryTemplates() => BicepTemplateTests.EntryTemplates();

    /// <summary>The keys of the web app's appsettings resource(s) in a compiled template, in env-var form (with __).</summary>
    internal static IReadOnlyList<string> TemplateAppSettingKeys(JsonObject compiled)
    {
        var keys = new List<string>();
        foreach (var resource in Arm.AllResources(compiled))
        {
            if (Arm.Type(resource) == "Microsoft.Web/sites/config" && ((string)resource["name"]!).Contains("'appsettings'", StringComparison.Ordinal))
            {
                var properties = Assert.IsType<JsonObject>(resource["properties"], exactMatch: false);
                keys.AddRange(properties.Select(p => p.Key));
            }

            if (Arm.Type(resource) == "Microsoft.Web/sites" && resource["properties"]?["siteConfig"]?["appSettings"] is JsonArray inline)
            {
                keys.AddRange(inline.Select(s => (string)s!["name"]!));
            }
        }

        return keys;
    }

    internal static bool IsPlatformKey(string key) =>
        PlatformKeys.Contains(key) || PlatformKeyPrefixes.Any(p => key.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>ASP.NET Core maps __ in environment variable names to the configuration separator ':'.</summary>
    internal static string ToConfigurationPath(string key) => key.Replace("__", ":", StringComparison.Ordinal);

    /// <summary>Every leaf and section path of the root appsettings.json, case-insensitive like IConfiguration.</summary>
    internal static HashSet<string> BotConfigurationPaths()
    {
        var file = Path.Combine(Repo.Root, "appsettings.json");
        var root = JsonNode.Parse(File.ReadAllText(file), documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true })!;
        var paths = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void Walk(JsonNode? node, string prefix)
        {
            if (prefix.Length > 0)
            {
                paths.Add(prefix);
            }

            switch (node)
            {
                case JsonObject obj:
                    foreach (var (name, value) in obj)
                    {
                        Walk(value, prefix.Length == 0 ? name : $"{prefix}:{name}");
                    }

                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        Walk(array[i], $"{prefix}:{i}");
                    }

                    break;
            }
        }

        Walk(root, "");
        return paths;
    }

    [Trait("Category", "Slow")]
    [Theory]
    [MemberData(nameof(EntryTemplates))]
    public void Every_app_setting_the_template_sets_is_a_key_the_bot_binds(string template)
    {
        var keys = TemplateAppSettingKeys(BicepCli.Compile(Repo.Absolute(template)));
        var botPaths = BotConfigurationPaths();

        var unknown = keys.Where(k => !IsPlatformKey(k)).Select(ToConfigurationPath).Where(p => !botPaths.Contains(p)).ToList();

        Assert.True(unknown.Count == 0,
            $"{template} sets app settings that the root appsettings.json does not document: {string.Join(", ", unknown)}");
    }

    [Trait("Category", "Slow")]
    [Theory]
    [MemberData(nameof(EntryTemplates))]
    public void Every_required_bot_setting_is_set_by_the_template(string template)
    {
        var paths = TemplateAppSettingKeys(BicepCli.Compile(Repo.Absolute(template))).Select(ToConfigurationPath)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.All(RequiredKeys, required => Assert.Contains(required, paths));
    }

    [Trait("Category", "Slow")]
    [Theory]
    [MemberData(nameof(EntryTemplates))]
    public void App_setting_keys_use_the_environment_variable_form_and_appear_once(string template)
    {
        var keys = TemplateAppSettingKeys(BicepCli.Compile(Repo.Absolute(template)));

        Assert.DoesNotContain(keys, k => k.Contains(':', StringComparison.Ordinal));
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Contains("APPLICATIONINSIGHTS_CONNECTION_STRING", keys);
    }

    [Trait("Category", "Slow")]
    [Theory]
    [MemberData(nameof(EntryTemplates))]
    public void Storage_defaults_to_SQLite_under_home_and_switches_to_PostgreSQL_with_the_database(string template)
    {
        var settings = AppSettingsResource(BicepCli.Compile(Repo.Absolute(template)));
        var module = SettingsModuleTemplate(BicepCli.Compile(Repo.Absolute(template)));

        Assert.Equal("[if(parameters('enableDatabase'), 'PostgreSQL', 'Sqlite')]", (string?)settings["Storage__Provider"]);
        Assert.Equal("[if(parameters('enableDatabase'), variables('postgresConnectionString'), variables('sqliteConnectionString'))]",
            (string?)settings["ConnectionStrings__LeadBot"]);
        Assert.Equal("Data Source=/home/data/leadbot.db", (string?)module["variables"]!["sqliteConnectionString"]);
    }

    [Trait("Category", "Slow")]
    [Theory]
    [MemberData(nameof(EntryTemplates))]
    public void Secrets_reach_the_app_settings_only_through_secure_parameters_or_the_channel_keys(string template)
    {
        var module = SettingsModuleTemplate(BicepCli.Compile(Repo.Absolute(template)));
        var settings = AppSettingsResource(BicepCli.Compile(Repo.Absolute(template)));
        var parameters = module["parameters"]!.AsObject();

        foreach (var secure in new[] { "appPassword", "salesApiKey", "postgresPassword" })
        {
            Assert.Equal("securestring", (string?)parameters[secure]!["type"]);
        }

        Assert.Equal("[parameters('salesApiKey')]", (string?)settings["SalesApi__ApiKey"]);
        Assert.StartsWith("[if(equals(parameters('appType'), 'SingleTenant'), parameters('appPassword'), '')", (string?)settings["MicrosoftAppPassword"]);
        Assert.StartsWith("[listChannelWithKeys(", (string?)settings["DirectLine__Secret"]);
        Assert.StartsWith("[format('https://{0}', reference(", (string?)settings["Bot__PublicBaseUrl"]);
    }

    private static JsonObject SettingsModuleTemplate(JsonObject compiled) =>
        Arm.AllTemplates(compiled).Single(t => Arm.Resources(t).Any(r => Arm.Type(r.Resource) == "Microsoft.Web/sites/config"));

    private static JsonObject AppSettingsResource(JsonObject compiled) =>
        Arm.AllResources(compiled).Single(r => Arm.Type(r) == "Microsoft.Web/sites/config")["properties"]!.AsObject();
}
