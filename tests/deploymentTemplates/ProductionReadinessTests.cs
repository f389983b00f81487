using System.Text.Json.Nodes;

namespace LeadBot.DeploymentTemplates.Tests;

/// <summary>
/// What an admin must be able to trust, checked on the compiled ARM JSON: a private database with Microsoft Entra sign-in
/// only, secrets in Key Vault read by the app's identity alone, no basic-auth publishing, telemetry wired, a staging slot
/// and an autoscale rule, and the template's storage default agreeing with the bot's start-up check.
/// </summary>
[Trait("Category", "Slow")]
public class ProductionReadinessTests
{
    public static TheoryData<string> EntryTemplates() => BicepTemplateTests.EntryTemplates();

    private static JsonObject Compile(string template) => BicepCli.Compile(Repo.Absolute(template));

    /// <summary>The web app's (and the slot's) properties: one variable both use.</summary>
    private static JsonObject SiteProperties(JsonObject compiled)
    {
        var webApp = Arm.ModuleTemplate(compiled, "leadbot-webapp");
        Assert.Equal("[variables('siteProperties')]", (string?)Only(webApp, "Microsoft.Web/sites")["properties"]);
        return webApp["variables"]!["siteProperties"]!.AsObject();
    }

    private static JsonObject Only(JsonObject template, string type) =>
        Assert.Single(Arm.AllResources(template), r => Arm.Type(r) == type);

    [Theory]
    [MemberData(nameof(EntryTemplates))]
    public void PostgreSQL_has_private_access_in_a_delegated_subnet_with_a_private_DNS_zone_by_default(string template)
    {
        var compiled = Compile(template);
        Assert.False((bool)compiled["parameters"]!["postgresPublicAccess"]!["defaultValue"]!);

        var leadbot = Arm.ModuleTemplate(compiled, "leadbot");
        Assert.Equal("[and(parameters('enableDatabase'), not(parameters('postgresPublicAccess')))]", (string?)leadbot["variables"]!["privateDatabase"]);
        Assert.Equal("[variables('privateDatabase')]", (string?)Arm.Module(compiled, "leadbot-network")["condition"]);

        var network = Arm.ModuleTemplate(compiled, "leadbot-network");
        var vnet = Only(network, "Microsoft.Network/virtualNetworks");
        var delegations = vnet["properties"]!["subnets"]!.AsArray()
            .ToDictionary(s => (string)s!["name"]!, s => (string)s!["properties"]!["delegations"]![0]!["properties"]!["serviceName"]!);
        Assert.Equal("Microsoft.Web/serverFarms", delegations["app"]);
        Assert.Equal("Microsoft.DBforPostgreSQL/flexibleServers", delegations["postgres"]);
        var zone = Only(network, "Microsoft.Network/privateDnsZones");
        Assert.EndsWith(".private.postgres.database.azure.com', parameters('postgresServerName'))]", (string)zone["name"]!);
        var link = Only(network, "Microsoft.Network/privateDnsZones/virtualNetworkLinks");
        Assert.False((bool)link["properties"]!["registrationEnabled"]!);

        var server = Only(Arm.ModuleTemplate(compiled, "leadbot-postgres"), "Microsoft.DBforPostgreSQL/flexibleServers");
        var networkExpression = (string)server["properties"]!["network"]!;
        Assert.Equal("[if(parameters('publicAccess'), createObject('publicNetworkAccess', 'Enabled'), createObject('publicNetworkAccess', 'Disabled', 'delegatedSubnetResourceId', parameters('subnetId'), 'privateDnsZoneArmResourceId', parameters('privateDnsZoneId')))]",
            networkExpression);

        // The web app's outbound traffic goes through the app subnet, so it reaches the private server.
        var site = SiteProperties(compiled);
        Assert.Equal("[if(empty(parameters('subnetId')), null(), parameters('subnetId'))]", (string?)site["virtualNetworkSubnetId"]);
        Assert.Equal("[if(empty(parameters('subnetId')), null(), createObject('allTraffic', true()))]", (string?)site["outboundVnetRouting"]);
        var webAppModule = Arm.Module(compiled, "leadbot-webapp");
        Assert.Equal("[if(variables('privateDatabase'), createObject('value', reference('network').outputs.appSubnetId.value), createObject('value', ''))]",
            (string?)webAppModule["properties"]!["parameters"]!["subnetId"]);
    }

    [Theory]
    [MemberData(nameof(EntryTemplates))]
    public void Public_access_never_gets_the_allow_all_Azure_services_rule(string template)
    {
        var compiled = Compile(template);
        var postgres = Arm.ModuleTemplate(compiled, "leadbot-postgres");

        Assert.DoesNotContain(Arm.AllResources(compiled), r => Arm.Type(r) == "Microsoft.DBforPostgreSQL/flexibleServers/firewallRules"
            && r["properties"]?["startIpAddress"]?.ToString() == "0.0.0.0");
        Assert.DoesNotContain("AllowAllAzureServices", compiled.ToJsonString(), StringComparison.OrdinalIgnoreCase);

        // Firewall rules exist only with public access and come from the admin's list, which refuses 0.0.0.0.
        var firewall = Only(postgres, "Microsoft.DBforPostgreSQL/flexibleServers/firewallRules");
        Assert.Equal("[length(if(parameters('publicAccess'), variables('firewallRanges'), createArray()))]", (string?)firewall["copy"]!["count"]);
        var guard = (string)postgres["variables"]!["firewallRanges"]!;
        Assert.Contains("fail(", guard, StringComparison.Ordinal);
        Assert.Contains("'0.0.0.0'", (string)postgres["variables"]!["refusedRanges"]!, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EntryTemplates))]
    public void PostgreSQL_signs_in_with_Microsoft_Entra_only_and_the_web_apps_identity_is_its_administrator(string template)
    {
        var compiled = Compile(template);
        var postgres = Arm.ModuleTemplate(compiled, "leadbot-postgres");
        var server = Only(postgres, "Microsoft.DBforPostgreSQL/flexibleServers");

        var auth = server["properties"]!["authConfig"]!;
        Assert.Equal("Enabled", (string?)auth["activeDirectoryAuth"]);
        Assert.Equal("Disabled", (string?)auth["passwordAuth"]);
        Assert.Null(server["properties"]!["administratorLoginPassword"]);
        Assert.DoesNotContain("postgresAdminPassword", compiled.ToJsonString(), StringComparison.Ordinal);

        var admin = Assert.Single(Arm.AllResources(postgres), r => Arm.Type(r) == "Microsoft.DBforPostgreSQL/flexibleServers/administrators" && r["condition"] is null);
        Assert.Equal("[format('{0}/{1}', parameters('serverName'), parameters('identityPrincipalId'))]", (string?)admin["name"]);
        Assert.Equal("ServicePrincipal", (string?)admin["properties"]!["principalType"]);
        Assert.Equal("[parameters('identityName')]", (string?)admin["properties"]!["principalName"]);

        var module = Arm.Module(compiled, "leadbot-postgres")["properties"]!["parameters"]!;
        Assert.Equal("[reference('identity').outputs.principalId.value]", (string?)module["identityPrincipalId"]!["value"]);
        // The bot signs in with the same name the server knows the identity by.
        Assert.Equal("[variables('identityName')]", (string?)module["identityName"]!["value"]);
        Assert.Equal("[variables('identityName')]", (string?)Arm.Module(compiled, "leadbot-appsettings")["properties"]!["parameters"]!["postgresUser"]!["value"]);
    }

    [Theory]
    [MemberData(nameof(EntryTemplates))]
    public void Secrets_live_in_a_Key_Vault_that_the_apps_identity_may_only_read(string template)
    {
        var compiled = Compile(template);
        var vaultModule = Arm.ModuleTemplate(compiled, "leadbot-keyvault");

        var vault = Only(vaultModule, "Microsoft.KeyVault/vaults");
        Assert.True((bool)vault["properties"]!["enableRbacAuthorization"]!);
        Assert.True((bool)vault["properties"]!["enableSoftDelete"]!);
        Assert.Null(vault["properties"]!["accessPolicies"]);

        var secrets = Arm.AllResources(vaultModule).Where(r => Arm.Type(r) == "Microsoft.KeyVault/vaults/secrets")
            .ToDictionary(r => ((string)r["name"]!).Split(", ")[^1].Trim('\'', ')', ']'));
        Assert.Equal(["DirectLineSecret", "MicrosoftAppPassword", "SalesApiKey"], secrets.Keys.Order(StringComparer.Ordinal));
        Assert.StartsWith("[listChannelWithKeys(", (string?)secrets["DirectLineSecret"]["properties"]!["value"]);
        Assert.Equal("[parameters('salesApiKey')]", (string?)secrets["SalesApiKey"]["properties"]!["value"]);
        Assert.Equal("[parameters('appPassword')]", (string?)secrets["MicrosoftAppPassword"]["properties"]!["value"]);
        Assert.Equal("securestring", (string?)vaultModule["parameters"]!["salesApiKey"]!["type"]);
        Assert.Equal("securestring", (string?)vaultModule["parameters"]!["appPassword"]!["type"]);

        // Key Vault Secrets User (read secret values; no write, no delete), for the app's identity only.
        var assignment = Only(vaultModule, "Microsoft.Authorization/roleAssignments");
        Assert.Equal("4633458b-17de-408a-b874-0445c86b69e6", (string?)vaultModule["variables"]!["secretsUserRoleId"]);
        Assert.Contains("variables('secretsUserRoleId')", (string)assignment["properties"]!["roleDefinitionId"]!, StringComparison.Ordinal);
        Assert.Equal("[parameters('readerPrincipalId')]", (string?)assignment["properties"]!["principalId"]);
        Assert.Equal("ServicePrincipal", (string?)assignment["properties"]!["principalType"]);
        Assert.Equal("[reference('identity').outputs.principalId.value]",
            (string?)Arm.Module(compiled, "leadbot-keyvault")["properties"]!["parameters"]!["readerPrincipalId"]!["value"]);

        // App Service resolves the references with that user-assigned identity (it has no system-assigned one).
        Assert.Equal("[parameters('identityResourceId')]", (string?)SiteProperties(compiled)["keyVaultReferenceIdentity"]);
    }

    [Theory]
    [MemberData(nameof(EntryTemplates))]
    public void Basic_auth_publishing_is_off_for_FTP_and_SCM_on_the_site_and_the_staging_slot(string template)
    {
        var webApp = Arm.ModuleTemplate(Compile(template), "leadbot-webapp");
        var policies = Arm.AllResources(webApp)
            .Where(r => Arm.Type(r) is "Microsoft.Web/sites/basicPublishingCredentialsPolicies" or "Microsoft.Web/sites/slots/basicPublishingCredentialsPolicies")
            .ToList();

        Assert.Equal(4, policies.Count);
        Assert.All(policies, p => Assert.False((bool)p["properties"]!["allow"]!));
        foreach (var kind in new[] { "ftp", "scm" })
        {
            Assert.Single(policies, p => Arm.Type(p) == "Microsoft.Web/sites/basicPublishingCredentialsPolicies" && ((string)p["name"]!).Contains($"'{kind}'", StringComparison.Ordinal));
            Assert.Single(policies, p => Arm.Type(p) == "Microsoft.Web/sites/slots/basicPublishingCredentialsPolicies" && ((string)p["name"]!).Contains($"'{kind}'", StringComparison.Ordinal));
        }

        var config = webApp["variables"]!["siteProperties"]!["siteConfig"]!;
        Assert.Equal("Disabled", (string?)config["ftpsState"]);
        Assert.Equal("1.2", (string?)config["minTlsVersion"]);
        Assert.Equal("1.2", (string?)config["scmMinTlsVersion"]);
    }

    [Theory]
    [MemberData(nameof(EntryTemplates))]
    public void A_staging_slot_with_the_same_configuration_and_settings_is_there_to_swap_from(string template)
    {
        var compiled = Compile(template);
        Assert.True((bool)compiled["parameters"]!["enableStagingSlot"]!["defaultValue"]!);
        Assert.False(((string)compiled["parameters"]!["appServicePlanSku"]!["defaultValue"]!).StartsWith('B'), "the default plan must support slots");

        var webApp = Arm.ModuleTemplate(compiled, "leadbot-webapp");
        var slot = Only(webApp, "Microsoft.Web/sites/slots");
        Assert.EndsWith("'staging')]", (string)slot["name"]!);
        Assert.Equal("[parameters('enableStagingSlot')]", (string?)slot["condition"]);
        var site = Only(webApp, "Microsoft.Web/sites");
        // The slot runs the same site configuration (health check, Always On, VNet, identity) as production.
        Assert.Equal("[variables('siteProperties')]", (string?)slot["properties"]);
        Assert.Equal("[variables('siteProperties')]", (string?)site["properties"]);
        Assert.Equal("[variables('identity')]", (string?)slot["identity"]);
        Assert.Equal("/healthz", (string?)webApp["variables"]!["siteProperties"]!["siteConfig"]!["healthCheckPath"]);

        var leadbot = Arm.ModuleTemplate(compiled, "leadbot");
        Assert.Equal("[and(and(parameters('enableStagingSlot'), variables('planScalesOut')), parameters('enableDatabase'))]", (string?)leadbot["variables"]!["stagingSlot"]);

        var settings = Only(AppSettingsTests.SettingsModuleTemplate(compiled), "Microsoft.Web/sites/slots/config");
        Assert.Equal("[parameters('hasStagingSlot')]", (string?)settings["condition"]);
        Assert.EndsWith("variables('botSettings'), variables('originSettings'))]", (string)settings["properties"]!, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EntryTemplates))]
    public void An_autoscale_rule_scales_the_plan_on_CPU_with_PostgreSQL_only(string template)
    {
        var compiled = Compile(template);
        var webApp = Arm.ModuleTemplate(compiled, "leadbot-webapp");
        var autoscale = Only(webApp, "Microsoft.Insights/autoscalesettings");

        Assert.Equal("[parameters('enableAutoscale')]", (string?)autoscale["condition"]);
        Assert.Equal("[resourceId('Microsoft.Web/serverfarms', parameters('appServicePlanName'))]", (string?)autoscale["properties"]!["targetResourceUri"]);
        var rules = autoscale["properties"]!["profiles"]![0]!["rules"]!.AsArray();
        Assert.Contains(rules, r => (string?)r!["scaleAction"]!["direction"] == "Increase" && (string?)r["metricTrigger"]!["metricName"] == "CpuPercentage");
        Assert.Contains(rules, r => (string?)r!["scaleAction"]!["direction"] == "Decrease");

        var leadbot = Arm.ModuleTemplate(compiled, "leadbot");
        Assert.Equal("[and(and(parameters('enableAutoscale'), variables('planScalesOut')), parameters('enableDatabase'))]", (string?)leadbot["variables"]!["autoscale"]);
    }

    [Theory]
    [MemberData(nameof(EntryTemplates))]
    public void Telemetry_goes_to_Application_Insights_through_its_connection_string_and_the_workbook_charts_it(string template)
    {
        var compiled = Compile(template);
        var settings = AppSettingsTests.BotSettings(compiled);

        Assert.Equal("[parameters('appInsightsConnectionString')]", (string?)settings["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        Assert.Equal("[reference('monitoring').outputs.appInsightsConnectionString.value]",
            (string?)Arm.Module(compiled, "leadbot-appsettings")["properties"]!["parameters"]!["appInsightsConnectionString"]!["value"]);
        var monitoring = Arm.ModuleTemplate(compiled, "leadbot-monitoring");
        Assert.Contains(".ConnectionString", (string)monitoring["outputs"]!["appInsightsConnectionString"]!["value"]!, StringComparison.Ordinal);
        // The codeless agent would instrument the bot a second time.
        Assert.DoesNotContain("ApplicationInsightsAgent_EXTENSION_VERSION", compiled.ToJsonString(), StringComparison.Ordinal);

        var workbookModule = Arm.ModuleTemplate(compiled, "leadbot-workbook");
        var workbook = Only(workbookModule, "Microsoft.Insights/workbooks");
        // loadTextContent compiles to a variable holding the file's text.
        var serialized = (string)workbook["properties"]!["serializedData"]!;
        var variable = serialized.StartsWith("[variables('", StringComparison.Ordinal) ? serialized["[variables('".Length..^"')]".Length] : null;
        var data = JsonNode.Parse(variable is null ? serialized : (string)workbookModule["variables"]![variable]!)!;
        var queries = data["items"]!.AsArray().Where(i => (int)i!["type"]! == 3).Select(i => (string)i!["content"]!["query"]!).ToList();
        Assert.Equal(4, queries.Count);
        Assert.Contains(queries, q => q.Contains("/api/messages", StringComparison.Ordinal));
        Assert.Contains(queries, q => q.Contains("leadbot.questions.reasked", StringComparison.Ordinal));
        Assert.Contains(queries, q => q.Contains("leadbot.teams.outbox.backlog", StringComparison.Ordinal));
        Assert.Contains(queries, q => q.Contains("leadbot.webhooks.backlog", StringComparison.Ordinal));
    }

    [Fact]
    public void The_workbooks_metric_names_are_the_ones_the_bot_reports()
    {
        var telemetry = File.ReadAllText(Path.Combine(Repo.Root, "bot", "Telemetry", "LeadBotTelemetry.cs"));
        var workbook = File.ReadAllText(Repo.Absolute("modules/workbook.json"));

        foreach (var name in new[] { "leadbot.questions.asked", "leadbot.questions.reasked", "leadbot.teams.outbox.backlog", "leadbot.teams.outbox.oldest_age", "leadbot.leads", "leadbot.question", "leadbot.stage",
            "leadbot.webhooks.backlog", "leadbot.webhooks.oldest_due_age", "leadbot.webhook_state" })
        {
            Assert.Contains($"\\\"{name}\\\"", workbook, StringComparison.Ordinal);
            Assert.Contains($"\"{name}\"", telemetry, StringComparison.Ordinal);
        }
    }
}
