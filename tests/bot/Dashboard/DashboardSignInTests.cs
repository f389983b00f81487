using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LeadBot.Bot.Dashboard;
using LeadBot.Bot.Tests.Conversation;
using LeadBot.Bot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Tests.Dashboard;

/// <summary>
/// Who gets into the dashboard: a local user with the right password, the sales API key with a name, Microsoft Entra ID
/// when configured (up to the redirect to the sign-in service, which needs Azure); nobody else, nothing from another
/// site, and no endless guessing. The real host over HTTP, cookies as a browser keeps them.
/// </summary>
public sealed class DashboardSignInTests
{
    private const string ApiKey = "dashboard-test-key-0123456789";

    private static Task<BotHost> StartAsync(IDictionary<string, string?>? extra = null, Action<WebApplication>? configureApp = null)
    {
        var settings = DashboardScenario.Settings(extra);
        settings["SalesApi:ApiKey"] = ApiKey;
        return BotHost.StartAsync(settings: settings, configureApp: configureApp);
    }

    private static HttpClient Browser(BotHost host, CookieContainer? cookies = null) => new(new HttpClientHandler
    {
        CookieContainer = cookies ?? new CookieContainer(),
        AllowAutoRedirect = false,
    })
    {
        BaseAddress = host.BaseAddress,
    };

    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    private static Task<HttpResponseMessage> SignInLocalAsync(HttpClient browser, string password) =>
        browser.PostAsync("dashboard/signin?lang=en", Form(("method", "local"), ("name", DashboardScenario.LocalUser), ("password", password)));

    [Fact]
    public async Task A_local_user_with_the_right_password_gets_the_dashboard_and_is_named_on_it()
    {
        await using var host = await StartAsync();
        using var browser = Browser(host);
        using (var page = await browser.GetAsync("dashboard"))
        {
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.StartsWith("/dashboard/signin", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        using var signIn = await SignInLocalAsync(browser, DashboardScenario.LocalPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/dashboard?lang=en", signIn.Headers.Location!.OriginalString);
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/dashboard", cookie, StringComparison.OrdinalIgnoreCase);

        var html = await browser.GetStringAsync("dashboard?lang=en");
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains(">marketing</span>", html);
        Assert.Contains("data-section=\"funnel\"", html);
        var me = await browser.GetFromJsonAsync<JsonObject>("dashboard/api/me");
        Assert.Equal(("local:marketing", "marketing", "local"), (me!["id"]!.GetValue<string>(), me["name"]!.GetValue<string>(), me["signIn"]!.GetValue<string>()));

        // Signing out ends it.
        using var signOut = await browser.PostAsync("dashboard/signout", Form());
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        using var after = await browser.GetAsync("dashboard/api/me");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_too_many_failures_from_one_address_wait_a_minute()
    {
        await using var host = await StartAsync(new Dictionary<string, string?> { ["Dashboard:MaxFailedSignInsPerMinute"] = "3" });
        using var browser = Browser(host);
        for (var i = 0; i < 3; i++)
        {
            using var wrong = await SignInLocalAsync(browser, "wrong password " + i);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            Assert.False(wrong.Headers.Contains("Set-Cookie"));
            Assert.Contains("role=\"alert\"", await wrong.Content.ReadAsStringAsync());
        }

        // Now even the right password waits: guessing is bounded per address.
        using var blocked = await SignInLocalAsync(browser, DashboardScenario.LocalPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        using var unknown = await browser.PostAsync("dashboard/signin", Form(("method", "local"), ("name", "nobody"), ("password", "x")));
        Assert.Equal(HttpStatusCode.TooManyRequests, unknown.StatusCode);
    }

    [Fact]
    public async Task The_sales_api_key_signs_in_with_the_name_given_and_scripts_may_send_it_as_a_header()
    {
        await using var host = await StartAsync();
        using var browser = Browser(host);
        using (var wrong = await browser.PostAsync("dashboard/signin", Form(("method", "key"), ("name", "Erik"), ("key", "not the key at all, no"))))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using (var signIn = await browser.PostAsync("dashboard/signin", Form(("method", "key"), ("name", "Erik Eriksson"), ("key", ApiKey))))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        var me = await browser.GetFromJsonAsync<JsonObject>("dashboard/api/me");
        Assert.Equal(("Erik Eriksson (API key)", "api-key"), (me!["name"]!.GetValue<string>(), me["signIn"]!.GetValue<string>()));

        using var script = host.CreateClient();
        script.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        script.DefaultRequestHeaders.Add("X-Requested-By", "Nightly report");
        me = await script.GetFromJsonAsync<JsonObject>("dashboard/api/me");
        Assert.Equal("Nightly report (API key)", me!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_sign_in_or_a_change_sent_from_another_site_is_refused()
    {
        // A protected endpoint that changes something, as a section of the page maps one.
        await using var host = await StartAsync(configureApp: app =>
            app.MapGroup("/dashboard/api/test").RequireDashboardUser().MapPost("/change", (HttpContext http) => Results.Ok(DashboardUser.Of(http)!.Name)));
        using var browser = Browser(host);
        using (var foreign = new HttpRequestMessage(HttpMethod.Post, "dashboard/signin")
        {
            Content = Form(("method", "local"), ("name", DashboardScenario.LocalUser), ("password", DashboardScenario.LocalPassword)),
        })
        {
            foreign.Headers.Add("Origin", "https://evil.example");
            foreign.Headers.Add("Sec-Fetch-Site", "cross-site");
            using var refused = await browser.SendAsync(foreign);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.False(refused.Headers.Contains("Set-Cookie"));
        }

        using (await SignInLocalAsync(browser, DashboardScenario.LocalPassword))
        {
        }

        // With the cookie alone (what a cross-site form would send) the change is refused; with the page's header it passes.
        using var withoutHeader = await browser.PostAsync("dashboard/api/test/change", null);
        Assert.Equal(HttpStatusCode.Forbidden, withoutHeader.StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Post, "dashboard/api/test/change");
        request.Headers.Add(DashboardAuthentication.AntiForgeryHeader, "1");
        using var withHeader = await browser.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, withHeader.StatusCode);
        Assert.Equal("\"marketing\"", await withHeader.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_password_hash_made_with_the_readme_command_signs_in()
    {
        // The README's command, as an admin would run it (Python's hashlib, no .NET needed).
        var readme = await File.ReadAllTextAsync(Path.Combine(ConversationHarness.RepositoryRoot(), "README.md"));
        var line = readme.Split('\n').Single(l => l.Contains("python3 -c", StringComparison.Ordinal) && l.Contains("pbkdf2", StringComparison.Ordinal)).Trim();
        var start = new ProcessStartInfo("bash", ["-c", "printf '%s\\n' 'tr0ub4dor&3 is long enough' | " + line])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var python = Process.Start(start)!;
        var hash = (await python.StandardOutput.ReadToEndAsync()).Trim();
        await python.WaitForExitAsync();
        Assert.True(python.ExitCode == 0, await python.StandardError.ReadToEndAsync());
        Assert.StartsWith("pbkdf2-sha256$", hash, StringComparison.Ordinal);

        await using var host = await StartAsync(new Dictionary<string, string?> { ["Dashboard:LocalUsers:0:PasswordHash"] = hash });
        using var browser = Browser(host);
        using var signIn = await SignInLocalAsync(browser, "tr0ub4dor&3 is long enough");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Theory]
    [InlineData("Dashboard:LocalUsers:0:PasswordHash", "secret123", "Dashboard:LocalUsers:0:PasswordHash")]
    [InlineData("Dashboard:Entra:ClientId", "not-a-guid", "Dashboard:Entra:ClientId")]
    [InlineData("Dashboard:SessionHours", "0", "Dashboard:SessionHours")]
    [InlineData("Funnel:AbandonAfterMinutes", "0", "Funnel:AbandonAfterMinutes")]
    [InlineData("Retention:FunnelDays", "0", "Retention:FunnelDays")]
    public async Task A_bad_setting_stops_start_up_naming_the_key(string key, string value, string named)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => StartAsync(new Dictionary<string, string?> { [key] = value }));
        var messages = error is OptionsValidationException validation ? string.Join(" ", validation.Failures) : error.ToString();
        Assert.Contains(named, messages, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_entra_id_configured_the_sign_in_goes_to_the_tenants_sign_in_page_for_this_app()
    {
        await using var identity = await EntraStandIn.StartAsync("11111111-2222-3333-4444-555555555555");
        await using var host = await StartAsync(new Dictionary<string, string?>
        {
            ["Dashboard:Entra:Instance"] = identity.Instance.ToString(),
            ["Dashboard:Entra:TenantId"] = identity.TenantId,
            ["Dashboard:Entra:ClientId"] = "99999999-8888-7777-6666-555555555555",
        });
        using var browser = Browser(host);
        using var pageResponse = await browser.GetAsync("dashboard/signin?lang=de");
        Assert.True(pageResponse.IsSuccessStatusCode, string.Join("\n", host.Logs.Lines.Where(l => l.Contains("Exception", StringComparison.Ordinal) || l.Contains("fail", StringComparison.OrdinalIgnoreCase))));
        var signInPage = await pageResponse.Content.ReadAsStringAsync();
        Assert.Contains("Mit Microsoft anmelden", signInPage);
        Assert.DoesNotContain("name=\"password\"", signInPage);
        // The local form is closed while Entra ID is configured.
        using (var local = await SignInLocalAsync(browser, DashboardScenario.LocalPassword))
        {
            Assert.Equal(HttpStatusCode.BadRequest, local.StatusCode);
        }

        using var challenge = await browser.GetAsync("dashboard/signin/entra?lang=de");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var location = challenge.Headers.Location!;
        Assert.Equal(new Uri(identity.Instance, $"{identity.TenantId}/oauth2/v2.0/authorize").ToString(), location.GetLeftPart(UriPartial.Path));
        var query = System.Web.HttpUtility.ParseQueryString(location.Query);
        Assert.Equal("99999999-8888-7777-6666-555555555555", query["client_id"]);
        Assert.Equal(new Uri(host.BaseAddress, "dashboard/signin-oidc").ToString(), query["redirect_uri"]);
        Assert.Equal("id_token", query["response_type"]);
        Assert.Equal("form_post", query["response_mode"]);
        Assert.Contains("openid", query["scope"], StringComparison.Ordinal);
    }
}
