using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LeadBot.DeploymentTemplates.Tests;

/// <summary>The Teams app package: manifest, icons, build script, and how the bot's app id flows into it.</summary>
public partial class TeamsAppPackageTests
{
    private const string AppIdPlaceholder = "{{MICROSOFT_APP_ID}}";

    private static JsonObject Manifest() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.TeamsAppPackage, "manifest.json")))!.AsObject();

    [Fact]
    public void Manifest_has_the_required_fields_within_their_limits()
    {
        var manifest = Manifest();

        var manifestVersion = Version.Parse((string)manifest["manifestVersion"]!);
        Assert.True(manifestVersion >= new Version(1, 19), $"manifestVersion {manifestVersion} is older than 1.19");
        Assert.Contains($"/v{manifestVersion}/", (string)manifest["$schema"]!);
        Assert.Matches(SemVer(), (string)manifest["version"]!);
        Assert.Equal(AppIdPlaceholder, (string?)manifest["id"]);

        var developer = manifest["developer"]!;
        foreach (var field in new[] { "name", "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)developer[field]), $"developer.{field} is missing");
        }

        var shortName = (string)manifest["name"]!["short"]!;
        Assert.InRange(shortName.Length, 1, 30);
        Assert.False(string.IsNullOrWhiteSpace((string?)manifest["name"]!["full"]));
        Assert.InRange(((string)manifest["description"]!["short"]!).Length, 1, 80);
        Assert.InRange(((string)manifest["description"]!["full"]!).Length, 1, 4000);
        Assert.Matches("^#[0-9A-Fa-f]{6}$", (string)manifest["accentColor"]!);
        Assert.NotNull(manifest["validDomains"]);
    }

    [Fact]
    public void Manifest_bot_uses_the_app_id_placeholder_with_team_and_personal_scopes_and_the_three_commands()
    {
        var bot = Assert.Single(Manifest()["bots"]!.AsArray())!;

        Assert.Equal(AppIdPlaceholder, (string?)bot["botId"]);
        var scopes = bot["scopes"]!.AsArray().Select(s => (string)s!).ToList();
        Assert.Contains("team", scopes);
        Assert.Contains("personal", scopes);

        var commandList = Assert.Single(bot["commandLists"]!.AsArray())!;
        Assert.Equal(scopes.Order(), commandList["scopes"]!.AsArray().Select(s => (string)s!).Order());
        var commands = commandList["commands"]!.AsArray();
        Assert.Equal(["open leads", "show lead", "help"], commands.Select(c => (string)c!["title"]!));
        Assert.All(commands, c =>
        {
            Assert.InRange(((string)c!["title"]!).Length, 1, 32);
            Assert.InRange(((string)c["description"]!).Length, 1, 128);
        });
    }

    [Theory]
    [InlineData("color", 192)]
    [InlineData("outline", 32)]
    public void Manifest_icons_exist_with_the_right_pixel_size(string icon, int size)
    {
        var file = Path.Combine(Repo.TeamsAppPackage, (string)Manifest()["icons"]![icon]!);
        Assert.True(File.Exists(file), $"{file} is missing: run make-icons.py");

        Assert.Equal((size, size), Png.ReadSize(File.ReadAllBytes(file)));
    }

    [Fact]
    public void Outline_icon_is_white_on_transparent()
    {
        var png = Png.Decode(File.ReadAllBytes(Path.Combine(Repo.TeamsAppPackage, "outline.png")));

        Assert.Equal(6, png.ColorType);
        var visible = 0;
        for (var i = 0; i < png.Width * png.Height; i++)
        {
            var alpha = png.Rgba[i * 4 + 3];
            if (alpha == 0)
            {
                continue;
            }

            visible++;
            Assert.True(png.Rgba[i * 4] == 255 && png.Rgba[i * 4 + 1] == 255 && png.Rgba[i * 4 + 2] == 255,
                $"pixel {i % png.Width},{i / png.Width} is visible but not white");
        }

        Assert.InRange(visible, 1, png.Width * png.Height - 1);
        Assert.Equal(0, png.Rgba[3]); // the corner is transparent
    }

    [Fact]
    public void Color_icon_is_opaque()
    {
        var png = Png.Decode(File.ReadAllBytes(Path.Combine(Repo.TeamsAppPackage, "color.png")));

        for (var i = 0; i < png.Width * png.Height; i++)
        {
            Assert.Equal(255, png.Rgba[i * 4 + 3]);
        }
    }

    [Fact]
    public void Committed_icons_are_what_make_icons_py_draws()
    {
        var output = Directory.CreateTempSubdirectory("leadbot-icons-").FullName;
        try
        {
            var result = Processes.Run("python3", [Path.Combine(Repo.TeamsAppPackage, "make-icons.py"), output]);
            Assert.True(result.ExitCode == 0, result.StdErr);

            foreach (var icon in new[] { "color.png", "outline.png" })
            {
                // Pixels, not bytes: another zlib build may compress the same pixels differently.
                var drawn = Png.Decode(File.ReadAllBytes(Path.Combine(output, icon)));
                var committed = Png.Decode(File.ReadAllBytes(Path.Combine(Repo.TeamsAppPackage, icon)));
                Assert.Equal((drawn.Width, drawn.Height), (committed.Width, committed.Height));
                Assert.True(drawn.Rgba.AsSpan().SequenceEqual(committed.Rgba), $"{icon} differs from make-icons.py's output: rerun it.");
            }
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void Build_package_puts_the_app_id_into_the_manifest_id_and_bot_id_and_zips_manifest_and_icons()
    {
        const string appId = "0b7c2d4e-1234-4abc-8def-0123456789ab";
        var output = Path.Combine(Directory.CreateTempSubdirectory("leadbot-teams-").FullName, "leadbot-teams.zip");
        try
        {
            var result = Processes.Run("bash", [Path.Combine(Repo.TeamsAppPackage, "build-package.sh"), appId, "leadbot-test.azurewebsites.net"],
                environment: new Dictionary<string, string> { ["LEADBOT_PACKAGE_OUT"] = output });
            Assert.True(result.ExitCode == 0, result.StdErr);

            using var zip = ZipFile.OpenRead(output);
            Assert.Equal(["color.png", "de-de.json", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));

            using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
            var text = reader.ReadToEnd();
            Assert.DoesNotContain("{{", text);
            var manifest = JsonNode.Parse(text)!;
            Assert.Equal(appId, (string?)manifest["id"]);
            Assert.Equal(appId, (string?)manifest["bots"]![0]!["botId"]);
            Assert.Equal(["leadbot-test.azurewebsites.net"], manifest["validDomains"]!.AsArray().Select(d => (string)d!));
            Assert.Equal("https://leadbot-test.azurewebsites.net/privacy", (string)manifest["developer"]!["privacyUrl"]!);
            Assert.Equal("https://leadbot-test.azurewebsites.net/terms", (string)manifest["developer"]!["termsOfUseUrl"]!);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(output)!, recursive: true);
        }
    }

    [Fact]
    public void Build_package_rejects_an_app_id_that_is_not_a_guid()
    {
        var result = Processes.Run("bash", [Path.Combine(Repo.TeamsAppPackage, "build-package.sh"), AppIdPlaceholder]);

        Assert.NotEqual(0, result.ExitCode);
    }

    /// <summary>
    /// The id flows: managed identity clientId (UserAssignedMSI) or appId (SingleTenant) -> Azure Bot msaAppId ->
    /// read back from the bot for MicrosoftAppId and for the template output microsoftAppId -> build-package.sh APP_ID
    /// -> manifest id and bots[0].botId.
    /// </summary>
    [Trait("Category", "Slow")]
    [Theory]
    [MemberData(nameof(BicepTemplateTests.EntryTemplates), MemberType = typeof(BicepTemplateTests))]
    public void Template_app_id_output_is_the_bot_registration_id_that_the_settings_and_the_manifest_use(string template)
    {
        var compiled = BicepCli.Compile(Repo.Absolute(template));

        // The Azure Bot is registered with the managed identity's client id for UserAssignedMSI, else the appId parameter.
        var leadbot = Arm.ModuleTemplate(compiled, "leadbot");
        var botModule = Arm.Module(leadbot, "leadbot-bot");
        var msaAppIdArgument = botModule["properties"]!["parameters"]!["msaAppId"]!
            .ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("equals(parameters('appType'), 'UserAssignedMSI')", msaAppIdArgument);
        Assert.Contains("reference('identity').outputs.clientId.value", msaAppIdArgument);
        Assert.Contains("parameters('appId')", msaAppIdArgument);

        var identityOutput = (string)Arm.ModuleTemplate(leadbot, "leadbot-identity")["outputs"]!["clientId"]!["value"]!;
        Assert.Contains(".clientId", identityOutput);

        var botTemplate = botModule["properties"]!["template"]!.AsObject();
        var bot = Assert.Single(Arm.AllResources(botTemplate), r => Arm.Type(r) == "Microsoft.BotService/botServices");
        Assert.Equal("[parameters('msaAppId')]", (string?)bot["properties"]!["msaAppId"]);
        Assert.Equal("[reference('bot').msaAppId]", (string?)botTemplate["outputs"]!["msaAppId"]!["value"]);

        // MicrosoftAppId and the deployment output both read the id back from the bot registration.
        const string fromBot = "[reference('bot').outputs.msaAppId.value]";
        var settingsModule = Arm.Module(leadbot, "leadbot-appsettings");
        Assert.Equal(fromBot, (string?)settingsModule["properties"]!["parameters"]!["microsoftAppId"]!["value"]);
        var settings = settingsModule["properties"]!["template"]!["variables"]!["botSettings"]!;
        Assert.Equal("[parameters('microsoftAppId')]", (string?)settings["MicrosoftAppId"]);
        Assert.Equal(fromBot, (string?)leadbot["outputs"]!["microsoftAppId"]!["value"]);
        Assert.Equal("[reference('leadbot').outputs.microsoftAppId.value]", (string?)compiled["outputs"]!["microsoftAppId"]!["value"]);

        // The README hands exactly that output to build-package.sh, which fills the manifest's placeholder.
        var readme = File.ReadAllText(Path.Combine(Repo.DeploymentTemplates, "README.md"));
        Assert.Contains("properties.outputs.microsoftAppId.value", readme);
        Assert.Contains("build-package.sh \"$APP_ID\"", readme);
        Assert.Contains(AppIdPlaceholder, File.ReadAllText(Path.Combine(Repo.TeamsAppPackage, "build-package.sh")));
    }

    [GeneratedRegex(@"^\d+\.\d+\.\d+$")]
    private static partial Regex SemVer();
}
