using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using LeadBot.Bot.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LeadBot.Bot.Tests.Webhooks;

/// <summary>
/// A CRM's webhook endpoint for the tests: real Kestrel over HTTPS on a loopback port, with a self-signed certificate
/// made for the test run (the bot trusts it through Webhooks:TrustedCertificateSha256). It checks every request's
/// signature as docs/webhooks.md tells a receiver to, records what came, answers with a configurable status, and can be
/// stopped and started again on the same port (the receiver is "down" in between).
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    public const string Secret = "test-webhook-secret-0123456789abcdef";

    private static readonly Lazy<X509Certificate2> SharedCertificate = new(CreateCertificate);
    private readonly ConcurrentQueue<ReceivedEvent> _received = new();
    private WebApplication? _app;

    private WebhookReceiver(int port) => Port = port;

    public int Port { get; }

    public Uri Url => new($"https://127.0.0.1:{Port}/hooks/leads");

    public static X509Certificate2 Certificate => SharedCertificate.Value;

    /// <summary>The certificate's SHA-256 fingerprint, as Webhooks:TrustedCertificateSha256 takes it.</summary>
    public static string Fingerprint => Convert.ToHexString(SHA256.HashData(Certificate.RawData));

    /// <summary>The status the receiver answers with (200 by default; e.g. 500 to make every attempt fail).</summary>
    public int Status { get; set; } = 200;

    /// <summary>Every request that arrived, in order, with whether its signature was valid.</summary>
    public IReadOnlyList<ReceivedEvent> Received => _received.ToList();

    public bool IsRunning => _app is not null;

    public static async Task<WebhookReceiver> StartAsync()
    {
        var receiver = new WebhookReceiver(FreePort());
        await receiver.StartAgainAsync();
        return receiver;
    }

    /// <summary>The settings that make the bot send to this receiver.</summary>
    public Dictionary<string, string?> BotSettings(string name = "crm", int maxAttempts = 12, string? callbackKey = null) => new()
    {
        ["Webhooks:Endpoints:0:Name"] = name,
        ["Webhooks:Endpoints:0:Url"] = Url.ToString(),
        ["Webhooks:Endpoints:0:Secret"] = Secret,
        ["Webhooks:Endpoints:0:DisplayName"] = "Test CRM",
        ["Webhooks:Endpoints:0:CallbackKey"] = callbackKey ?? "",
        ["Webhooks:TrustedCertificateSha256:0"] = Fingerprint,
        ["Webhooks:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Webhooks:InitialBackoffSeconds"] = "0.2",
        ["Webhooks:MaxBackoffSeconds"] = "1",
        ["Webhooks:PollSeconds"] = "0.2",
    };

    public async Task StartAgainAsync()
    {
        if (_app is not null)
        {
            return;
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, Port, l => l.UseHttps(Certificate)));
        var app = builder.Build();
        app.MapPost("/hooks/leads", async (HttpContext http) =>
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer);
            var body = buffer.ToArray();
            var signature = http.Request.Headers[WebhookSignature.Header].ToString();
            var valid = WebhookSignature.Verify(signature, Secret, body, DateTimeOffset.UtcNow, WebhookSignature.DefaultTolerance);
            _received.Enqueue(new ReceivedEvent(
                http.Request.Headers[WebhookSignature.EventIdHeader].ToString(),
                http.Request.Headers[WebhookSignature.EventTypeHeader].ToString(),
                Encoding.UTF8.GetString(body),
                signature,
                valid,
                Status));
            // As a receiver should: an invalid signature is refused.
            return Results.StatusCode(valid ? Status : StatusCodes.Status401Unauthorized);
        });
        await app.StartAsync();
        _app = app;
    }

    /// <summary>Stops listening: the port refuses connections until <see cref="StartAgainAsync"/>.</summary>
    public async Task StopAsync()
    {
        if (_app is { } app)
        {
            _app = null;
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    /// <summary>Waits until <paramref name="condition"/> holds for what arrived (polling), or fails after <paramref name="timeout"/>.</summary>
    public async Task<IReadOnlyList<ReceivedEvent>> WaitForAsync(Func<IReadOnlyList<ReceivedEvent>, bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var received = Received;
            if (condition(received))
            {
                return received;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException($"Timed out waiting for {what}; received: {string.Join(", ", received.Select(r => $"{r.EventType}:{r.AnsweredStatus}"))}");
            }

            await Task.Delay(100);
        }
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=LeadBot test webhook receiver", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>One request the receiver got.</summary>
public sealed record ReceivedEvent(string EventId, string EventType, string Body, string Signature, bool SignatureValid, int AnsweredStatus)
{
    public JsonObject Json => JsonNode.Parse(Body)!.AsObject();
}
