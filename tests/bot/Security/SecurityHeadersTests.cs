using System.Net;
using LeadBot.Bot.Tests.Support;

namespace LeadBot.Bot.Tests.Security;

/// <summary>#14 F11: every response carries the security headers; pages a Content-Security-Policy with frame-ancestors
/// (the website itself still works in Chromium: tests/bot/Website).</summary>
public sealed class SecurityHeadersTests
{
    [Fact]
    public async Task Every_page_and_endpoint_sends_the_security_headers()
    {
        await using var host = await BotHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["DirectLine:TrustedOrigins:0"] = "https://www.customer.example",
            ["SalesApi:ApiKey"] = "a-long-enough-test-key-123",
        });
        try
        {
            using var http = host.CreateClient();
            foreach (var path in new[] { "/", "/embed", "/privacy", "/terms" })
            {
                using var response = await http.GetAsync(path);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var policy = Header(response, "Content-Security-Policy");
                Assert.Contains("frame-ancestors 'self' https://www.customer.example", policy, StringComparison.Ordinal);
                Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
                Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
                Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
                AssertCommonHeaders(response);
                Assert.False(response.Headers.Contains("Strict-Transport-Security"), "no HSTS over plain http");
            }

            foreach (var path in new[] { "/api/leads", "/healthz", "/js/leadbot-chat.js", "/nothing-here" })
            {
                using var response = await http.GetAsync(path);
                Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
                AssertCommonHeaders(response);
            }

            using var post = await http.PostAsync("/api/messages", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
            AssertCommonHeaders(post);
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    [Fact]
    public async Task Requests_to_the_https_public_address_get_HSTS()
    {
        await using var host = await BotHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Bot:PublicBaseUrl"] = "https://leadbot.example.com",
        });
        try
        {
            using var http = host.CreateClient();
            using var request = new HttpRequestMessage(HttpMethod.Get, "/");
            request.Headers.Host = "leadbot.example.com";
            using var response = await http.SendAsync(request);
            Assert.Equal("max-age=31536000", Header(response, "Strict-Transport-Security"));

            using var local = await http.GetAsync("/");
            Assert.False(local.Headers.Contains("Strict-Transport-Security"));
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    private static void AssertCommonHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var contentValues) ? string.Join(", ", contentValues)
        : throw new Xunit.Sdk.XunitException($"{name} is missing on {response.RequestMessage?.RequestUri}");
}
