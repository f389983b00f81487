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

    private static readonly string[] PlatformKeyPrefixes = ["WEBSITE_", "SCM_", "DOTNET_"];

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

    /// <summary>
    /// The keys the template writes into the web app's app settings, in env-var form (with __): the settings module's
    /// <c>botSettings</c> variable (merged into the app's current settings at deployment time) and one numbered
    /// <c>DirectLine__TrustedOrigins__N</c> key as the representative of the origins list.
    /// </summary>
    internal static IReadOnlyList<string> TemplateAppSettingKeys(JsonObject compiled)
    {
        var module = SettingsModuleTemplate(compiled);
        var keys = BotSettings(compiled).Select(p => p.Key).ToList();
        Assert.Equal(OriginsPrefix, (string?)module["variables"]!["originsPrefix"]);
        keys.Add(OriginsPrefix + "0");
        return keys;
    }

    internal const string OriginsPrefix = "DirectLine__TrustedOrigins__";

    /// <summary>The settings the template owns (the module's botSettings variable).</summary>
    internal static JsonObject BotSettings(JsonObject compiled) => SettingsModuleTemplate(compiled)["variables"]!["botSettings"]!.AsObject();

    internal static JsonObject SettingsModuleTemplate(JsonObject compiled) => Arm.ModuleTemplate(compiled, "leadbot-appsettings");

    internal static bool IsPlatformKey(string key) =>
        PlatformKeys.Contains(key) || PlatformKeyPrefixes.Any(p => key.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>ASP.NET Core maps __ in environment variable names to the configuration separator ':'.</summary>
    internal static string ToConfigurationPath(string key) => key.Replace("__", ":", StringComparison.Ordinal);

    /// <summary>A numbered key (<c>X:0</c>) binds when <c>X</c> is a list in appsettings.json.</summary>
    internal static bool IsBound(string path, HashSet<string> botPaths) =>
        botPaths.Contains(path)
        || (path.LastIndexOf(':') is var colon and > 0 && int.TryParse(path[(colon + 1)..], out _) && botPaths.Contains(path[..colon]));

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

        var unknown = keys.Where(k => !IsPlatformKey(k)).Select(ToConfigurationPath).Where(p => !IsBound(p, botPaths)).ToList();

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
    public void Storage_defaults_to_PostgreSQL_with_Entra_sign_in_and_SQLite_uses_a_rollback_journal_on_home(string template)
    {
        var compiled = BicepCli.Compile(Repo.Absolute(template));
        var settings = BotSettings(compiled);
        var module = SettingsModuleTemplate(compiled);

        Assert.True((bool)compiled["parameters"]!["enableDatabase"]!["defaultValue"]!);
        Assert.Equal("[if(parameters('enableDatabase'), 'PostgreSQL', 'Sqlite')]", (string?)settings["Storage__Provider"]);
        Assert.Equal("[if(parameters('enableDatabase'), variables('postgresConnectionString'), variables('sqliteConnectionString'))]",
            (string?)settings["ConnectionStrings__LeadBot"]);
        Assert.Equal("[if(parameters('enableDatabase'), 'MicrosoftEntra', 'Password')]", (string?)settings["Storage__PostgreSqlAuthentication"]);
        Assert.Equal("[if(parameters('enableDatabase'), parameters('identityClientId'), '')]", (string?)settings["Storage__ManagedIdentityClientId"]);
        // The bot refuses WAL on App Service's /home (a network share): the template must ask for a rollback journal there.
        Assert.Equal("[if(parameters('enableDatabase'), 'Wal', 'Delete')]", (string?)settings["Storage__SqliteJournalMode"]);
        Assert.Equal("Data Source=/home/data/leadbot.db", (string?)module["variables"]!["sqliteConnectionString"]);

        var postgres = (string)module["variables"]!["postgresConnectionString"]!;
        Assert.DoesNotContain("Password", postgres, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Ssl Mode=VerifyFull", postgres, StringComparison.Ordinal);
    }

    [Trait("Category", "Slow")]
    [Theory]
    [MemberData(nameof(EntryTemplates))]
    public void Secrets_reach_the_app_settings_only_as_Key_Vault_references(string template)
    {
        var compiled = BicepCli.Compile(Repo.Absolute(template));
        var settings = BotSettings(compiled);

        Assert.Equal("[format('@Microsoft.KeyVault(SecretUri={0})', parameters('secretUris').directLine)]", (string?)settings["DirectLine__Secret"]);
        Assert.Equal("[if(parameters('hasSalesApiKey'), format('@Microsoft.KeyVault(SecretUri={0})', parameters('secretUris').salesApiKey), '')]",
            (string?)settings["SalesApi__ApiKey"]);
        Assert.Equal("[if(equals(parameters('appType'), 'SingleTenant'), format('@Microsoft.KeyVault(SecretUri={0})', parameters('secretUris').microsoftAppPassword), '')]",
            (string?)settings["MicrosoftAppPassword"]);
        Assert.StartsWith("[format('https://{0}', parameters('defaultHostName'))", (string?)settings["Bot__PublicBaseUrl"]);

        // No secure parameter and no listKeys-style call reaches the settings module at all.
        var module = SettingsModuleTemplate(compiled);
        Assert.DoesNotContain(module["parameters"]!.AsObject(), p => (string?)p.Value!["type"] == "securestring");
        Assert.DoesNotContain("listChannelWithKeys", module.ToJsonString(), StringComparison.Ordinal);
    }

    [Trait("Category", "Slow")]
    [Theory]
    [MemberData(nameof(EntryTemplates))]
    public void Settings_added_outside_the_template_survive_a_deployment_and_removed_origins_do_not(string template)
    {
        var module = SettingsModuleTemplate(BicepCli.Compile(Repo.Absolute(template)));
        var resources = Arm.Resources(module).Select(r => r.Resource).Where(r => Arm.Type(r) is "Microsoft.Web/sites/config" or "Microsoft.Web/sites/slots/config").ToList();

        Assert.Equal(2, resources.Count);
        foreach (var resource in resources)
        {
            var properties = (string)resource["properties"]!;
            // The current settings are read back (list) and the template's own keys laid over them.
            Assert.StartsWith("[union(toObject(filter(items(list(format('{0}/config/appsettings'", properties, StringComparison.Ordinal);
            Assert.Contains("not(startsWith(lambdaVariables('s').key, variables('originsPrefix')))", properties, StringComparison.Ordinal);
            Assert.EndsWith("variables('botSettings'), variables('originSettings'))]", properties, StringComparison.Ordinal);
        }
    }

    [Trait("Category", "Slow")]
    [Theory]
    [MemberData(nameof(EntryTemplates))]
    public void Direct_Line_trusted_origins_are_the_website_origins_and_the_apps_own_origin(string template)
    {
        var compiled = BicepCli.Compile(Repo.Absolute(template));
        var module = SettingsModuleTemplate(compiled);
        var settingsModule = Arm.Module(compiled, "leadbot-appsettings");

        Assert.Equal("[toObject(range(0, length(parameters('trustedOrigins'))), lambda('i', format('{0}{1}', variables('originsPrefix'), lambdaVariables('i'))), lambda('i', parameters('trustedOrigins')[lambdaVariables('i')]))]",
            (string?)module["variables"]!["originSettings"]);
        const string origins = "[union(parameters('websiteOrigins'), createArray(format('https://{0}', reference('webApp').outputs.defaultHostName.value)))]";
        Assert.Equal(origins, (string?)settingsModule["properties"]!["parameters"]!["trustedOrigins"]!["value"]);
        // The Azure Bot's Direct Line site trusts the same list.
        Assert.Equal(origins, (string?)Arm.Module(compiled, "leadbot-bot")["properties"]!["parameters"]!["trustedOrigins"]!["value"]);
    }

    /// <summary>The bot refuses to start with a sales channel but no Teams tenant (so no other tenant's team could get
    /// its cards): the template sets both together, the tenant defaulting to the deployment's own.</summary>
    [Trait("Category", "Slow")]
    [Theory]
    [MemberData(nameof(EntryTemplates))]
    public void The_Teams_tenant_is_set_whenever_the_sales_channel_is(string template)
    {
        var compiled = BicepCli.Compile(Repo.Absolute(template));
        var settings = BotSettings(compiled);

        Assert.Equal("[parameters('teamsSalesChannelId')]", (string?)settings["Teams__SalesChannelId"]);
        Assert.Equal("[if(empty(parameters('teamsSalesChannelId')), '', parameters('teamsTenantId'))]", (string?)settings["Teams__TenantId"]);
        Assert.Equal("[tenant().tenantId]", (string?)compiled["parameters"]!["teamsTenantId"]!["defaultValue"]);
    }
}
