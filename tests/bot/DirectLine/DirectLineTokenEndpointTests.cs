using LeadBot.Bot.Tests.Support;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeadBot.Bot.Tests.DirectLine;

/// <summary>POST /api/directline/token in production mode, against a local stand-in for the Direct Line token service.</summary>
public sealed class DirectLineTokenEndpointTests : IAsyncLifetime
{
    private const string Secret = "dl-secret-Zq7x9W2mK4vB8nR1tY6uP3sD5fG0hJ";
    private TokenServiceStandIn _service = null!;
    private WebsiteHost _host = null!;

    public async Task InitializeAsync()
    {
        _service = await TokenServiceStandIn.StartAsync();
        _host = await WebsiteHost.StartAsync(new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = Secret,
            ["DirectLine:Endpoint"] = _service.BaseUrl,
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _service.DisposeAsync();
    }

    [Fact]
    public async Task Secret_goes_only_to_the_token_service_and_the_page_gets_token_conversation_user_and_domain()
    {
        using var http = _host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/directline/token");
        request.Headers.Add("Origin", _host.BaseAddress.GetLeftPart(UriPartial.Authority));
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(Secret, text);
        var body = JsonNode.Parse(text)!.AsObject();
        Assert.Equal(["token", "conversationId", "expires_in", "userId", "domain", "visitor", "resumed"], body.Select(p => p.Key));
        Assert.Equal("token-from-direct-line", body["token"]!.GetValue<string>());
        Assert.Equal("conv-from-direct-line", body["conversationId"]!.GetValue<string>());
        Assert.False(body["resumed"]!.GetValue<bool>());
        Assert.Equal(1800, body["expires_in"]!.GetValue<int>());
        Assert.Equal(_service.BaseUrl + "/v3/directline", body["domain"]!.GetValue<string>());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());

        var call = Assert.Single(_service.Calls);
        Assert.Equal("/v3/directline/tokens/generate", call.Path);
        Assert.Equal("Bearer " + Secret, call.Authorization);
        var sent = JsonNode.Parse(call.Body)!;
        var userId = sent["user"]!["id"]!.GetValue<string>();
        Assert.StartsWith("dl_", userId);
        Assert.Equal(userId, body["userId"]!.GetValue<string>());
        // No TrustedOrigins configured: the bot's own origin, never the caller's (which was refused above anyway).
        Assert.Equal([_host.BaseAddress.GetLeftPart(UriPartial.Authority)], sent["trustedOrigins"]!.AsArray().Select(o => o!.GetValue<string>()));

        // Nothing the browser loads carries the secret, and the local Direct Line is off.
        var bundle = _host.Services.GetRequiredService<LeadBot.Bot.DirectLine.WebChatBundle>().Path!.TrimStart('/');
        foreach (var path in new[] { "", "embed", "leadbot.js", "js/site.js", "css/site.css", bundle })
        {
            using var page = await http.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.DoesNotContain(Secret, await page.Content.ReadAsStringAsync());
        }

        using var local = await http.PostAsync("v3/directline/tokens/generate", null);
        Assert.Equal(HttpStatusCode.NotFound, local.StatusCode);
    }

    [Fact]
    public async Task Configured_trusted_origins_are_sent_and_a_failing_service_is_a_502_without_the_secret()
    {
        await using var host = await WebsiteHost.StartAsync(new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = Secret,
            ["DirectLine:Endpoint"] = _service.BaseUrl,
            ["DirectLine:TrustedOrigins:0"] = "https://www.example.com",
            ["DirectLine:TrustedOrigins:1"] = "https://shop.example.com",
        });
        using var http = host.CreateClient();
        using (var ok = await http.PostAsync("api/directline/token", null))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        var sent = JsonNode.Parse(_service.Calls.Last().Body)!;
        Assert.Equal(["https://www.example.com", "https://shop.example.com"], sent["trustedOrigins"]!.AsArray().Select(o => o!.GetValue<string>()));

        // CORS: a trusted origin may call the token endpoint from its page; another may not.
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "api/directline/token");
        preflight.Headers.Add("Origin", "https://shop.example.com");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        using (var allowed = await http.SendAsync(preflight))
        {
            Assert.Equal("https://shop.example.com", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        }

        using var shop = new HttpRequestMessage(HttpMethod.Post, "api/directline/token");
        shop.Headers.Add("Origin", "https://shop.example.com");
        using (var response = await http.SendAsync(shop))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // The configured list, whatever origin the caller names.
        sent = JsonNode.Parse(_service.Calls.Last().Body)!;
        Assert.Equal(["https://www.example.com", "https://shop.example.com"], sent["trustedOrigins"]!.AsArray().Select(o => o!.GetValue<string>()));

        _service.Fail = true;
        using var failed = await http.PostAsync("api/directline/token", null);
        Assert.Equal(HttpStatusCode.BadGateway, failed.StatusCode);
        Assert.DoesNotContain(Secret, await failed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_a_secret_the_endpoint_mints_a_local_token_for_the_bots_own_direct_line()
    {
        await using var host = await WebsiteHost.StartAsync();
        using var http = host.CreateClient();
        using var response = await http.PostAsync("api/directline/token", null);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(["token", "conversationId", "expires_in", "userId", "domain", "visitor", "resumed"], body.Select(p => p.Key));
        Assert.Equal(host.BaseAddress.ToString().TrimEnd('/') + "/v3/directline", body["domain"]!.GetValue<string>());
        Assert.StartsWith("dl_", body["userId"]!.GetValue<string>());
        Assert.Equal(3, body["token"]!.GetValue<string>().Split('.').Length);
        Assert.DoesNotContain(_service.Calls, c => c.Body.Contains(body["userId"]!.GetValue<string>(), StringComparison.Ordinal));
    }
}


/// <summary>The token endpoint attacked as in issue 14 (F8): floods and foreign origins, against a stand-in Direct Line.</summary>
public sealed class DirectLineTokenEndpointAttackTests : IAsyncLifetime
{
    private const string Secret = "dl-secret-Zq7x9W2mK4vB8nR1tY6uP3sD5fG0hJ";
    private TokenServiceStandIn _service = null!;

    public async Task InitializeAsync() => _service = await TokenServiceStandIn.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task Three_hundred_parallel_token_requests_reach_the_direct_line_service_only_as_often_as_the_limit_allows()
    {
        await using var host = await WebsiteHost.StartAsync(new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = Secret,
            ["DirectLine:Endpoint"] = _service.BaseUrl,
            ["DirectLine:TokenRequestsPerMinute"] = "30",
        });
        using var http = host.CreateClient();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var responses = await Task.WhenAll(Enumerable.Range(0, 300).Select(async _ =>
        {
            using var response = await http.PostAsync("api/directline/token", null);
            return response.StatusCode;
        }));
        var granted = responses.Count(s => s == HttpStatusCode.OK);
        Assert.InRange(granted, 30, 31 + (int)(clock.Elapsed.TotalSeconds / 2));
        Assert.Equal(300 - granted, responses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Equal(granted, _service.Calls.Count);
    }

    [Fact]
    public async Task A_page_on_an_unlisted_origin_reads_a_refusal_that_names_the_setting_and_the_refusal_is_logged()
    {
        await using var host = await WebsiteHost.StartAsync(new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = Secret,
            ["DirectLine:Endpoint"] = _service.BaseUrl,
            ["DirectLine:TrustedOrigins:0"] = "https://www.example.com",
        });
        using var http = host.CreateClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "api/directline/token");
        preflight.Headers.Add("Origin", "https://evil.example.net");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");
        using (var allowed = await http.SendAsync(preflight))
        {
            // The page may read the answer, so the widget can show why it cannot start.
            Assert.Equal("https://evil.example.net", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "api/directline/token");
        request.Headers.Add("Origin", "https://evil.example.net");
        using var refused = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var error = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["error"]!;
        Assert.Equal("OriginNotAllowed", error["code"]!.GetValue<string>());
        Assert.Equal("DirectLine:TrustedOrigins", error["setting"]!.GetValue<string>());
        Assert.Empty(_service.Calls);
        Assert.Contains(host.Logs.Lines, l => l.Contains("https://evil.example.net", StringComparison.Ordinal) && l.Contains("DirectLine:TrustedOrigins", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_visitor_pass_continues_the_azure_conversation_while_direct_line_still_refreshes_its_token()
    {
        await using var host = await WebsiteHost.StartAsync(new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = Secret,
            ["DirectLine:Endpoint"] = _service.BaseUrl,
        });
        using var client = new DirectLineClient(host.BaseAddress);
        var first = await client.TokenAsync();
        var again = await client.TokenAsync(first["visitor"]!.GetValue<string>(), first["token"]!.GetValue<string>());
        Assert.True(again["resumed"]!.GetValue<bool>());
        Assert.Equal(first["conversationId"]!.GetValue<string>(), again["conversationId"]!.GetValue<string>());
        Assert.Equal(first["userId"]!.GetValue<string>(), again["userId"]!.GetValue<string>());
        Assert.Equal("refreshed-token", again["token"]!.GetValue<string>());
        Assert.Equal("/v3/directline/tokens/refresh", _service.Calls.Last().Path);

        // Once Direct Line no longer refreshes the token: a new conversation, but the same visitor.
        _service.RefuseRefresh = true;
        var later = await client.TokenAsync(again["visitor"]!.GetValue<string>(), again["token"]!.GetValue<string>());
        Assert.False(later["resumed"]!.GetValue<bool>());
        Assert.Equal(first["userId"]!.GetValue<string>(), later["userId"]!.GetValue<string>());
        var generated = JsonNode.Parse(_service.Calls.Last().Body)!;
        Assert.Equal(first["userId"]!.GetValue<string>(), generated["user"]!["id"]!.GetValue<string>());
    }
}

/// <summary>Kestrel on 127.0.0.1:0 answering POST /v3/directline/tokens/generate like Direct Line, recording each call.</summary>
public sealed class TokenServiceStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<(string Path, string? Authorization, string Body)> _calls = [];

    private TokenServiceStandIn(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public bool Fail { get; set; }

    /// <summary>Answer tokens/refresh with 403 TokenExpired, as Direct Line does for an expired token.</summary>
    public bool RefuseRefresh { get; set; }

    public IReadOnlyList<(string Path, string? Authorization, string Body)> Calls
    {
        get
        {
            lock (_calls)
            {
                return _calls.ToList();
            }
        }
    }

    public static async Task<TokenServiceStandIn> StartAsync()
    {
        var builder = LocalServer.CreateStandInBuilder();
        var app = builder.Build();
        TokenServiceStandIn? self = null;
        app.MapPost("/v3/directline/tokens/generate", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            lock (self!._calls)
            {
                self._calls.Add((http.Request.Path.Value!, http.Request.Headers.Authorization.ToString(), body));
            }

            return self.Fail
                ? Results.StatusCode(StatusCodes.Status500InternalServerError)
                : Results.Json(new Dictionary<string, object> { ["conversationId"] = "conv-from-direct-line", ["token"] = "token-from-direct-line", ["expires_in"] = 1800 });
        });
        app.MapPost("/v3/directline/tokens/refresh", (HttpContext http) =>
        {
            lock (self!._calls)
            {
                self._calls.Add((http.Request.Path.Value!, http.Request.Headers.Authorization.ToString(), ""));
            }

            return self.RefuseRefresh
                ? Results.Json(new { error = new { code = "TokenExpired", message = "Token expired" } }, statusCode: StatusCodes.Status403Forbidden)
                : Results.Json(new Dictionary<string, object> { ["conversationId"] = "conv-from-direct-line", ["token"] = "refreshed-token", ["expires_in"] = 1800 });
        });
        await app.StartAsync();
        self = new TokenServiceStandIn(app, LocalServer.AddressOf(app).ToString().TrimEnd('/'));
        return self;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
