using System.Text;
using LeadBot.Bot.Webhooks;

namespace LeadBot.Bot.Tests.Webhooks;

/// <summary>The signature a receiver checks: HMAC-SHA256 over "timestamp.body" with the endpoint's secret.</summary>
public sealed class WebhookSignatureTests
{
    private const string Secret = "a-secret-of-at-least-thirty-two-chars";
    private static readonly DateTimeOffset At = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"id\":\"1\",\"type\":\"lead.created\"}");

    [Fact]
    public void The_header_carries_the_time_and_the_hmac_of_time_dot_body()
    {
        var header = WebhookSignature.Create(Secret, At, Body);

        // Computed independently: HMAC-SHA256(secret, "1796212800." + body).
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes("1796212800." + Encoding.UTF8.GetString(Body))));
        Assert.Equal($"t=1796212800,v1={expected}", header);
        Assert.True(WebhookSignature.Verify(header, Secret, Body, At.AddSeconds(30), WebhookSignature.DefaultTolerance));
    }

    [Fact]
    public void A_changed_body_another_secret_or_an_old_request_fails_the_check()
    {
        var header = WebhookSignature.Create(Secret, At, Body);
        var tampered = Encoding.UTF8.GetBytes("{\"id\":\"2\",\"type\":\"lead.created\"}");

        Assert.False(WebhookSignature.Verify(header, Secret, tampered, At, WebhookSignature.DefaultTolerance));
        Assert.False(WebhookSignature.Verify(header, Secret + "x", Body, At, WebhookSignature.DefaultTolerance));
        Assert.False(WebhookSignature.Verify(header, Secret, Body, At.AddMinutes(6), WebhookSignature.DefaultTolerance));
        Assert.False(WebhookSignature.Verify(header, Secret, Body, At.AddMinutes(-6), WebhookSignature.DefaultTolerance));
        Assert.False(WebhookSignature.Verify(header.Replace("t=1796212800", "t=1796212801", StringComparison.Ordinal), Secret, Body, At, WebhookSignature.DefaultTolerance));
        Assert.False(WebhookSignature.Verify("", Secret, Body, At, WebhookSignature.DefaultTolerance));
        Assert.False(WebhookSignature.Verify("v1=abc", Secret, Body, At, WebhookSignature.DefaultTolerance));
    }
}
