using System.Collections.Concurrent;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using LeadBot.Bot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace LeadBot.Bot.Tests.Security;

/// <summary>
/// A real HTTP server on a given address that records every request and answers 200 with a resource id: the target of
/// an SSRF attempt (an "internal service"), reachable from the bot but not on a loopback address.
/// </summary>
public sealed class RecordingServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _requests = new();

    private RecordingServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>"METHOD /path" of every request received.</summary>
    public IReadOnlyList<string> Requests => _requests.ToList();

    public static async Task<RecordingServer> StartAsync(IPAddress address)
    {
        var builder = LocalServer.CreateStandInBuilder();
        var host = address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
        builder.WebHost.UseUrls($"http://{host}:0");
        var app = builder.Build();
        var server = new RecordingServer(app);
        app.Run(async context =>
        {
            server._requests.Enqueue($"{context.Request.Method} {context.Request.Path}");
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"id\":\"1\"}");
        });
        await app.StartAsync();
        server.BaseAddress = LocalServer.AddressOf(app);
        return server;
    }

    /// <summary>An IPv4 address of this machine that is not loopback (the bot reaches it, but it is "another host").</summary>
    public static IPAddress NonLoopbackAddress() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
        ?? throw new InvalidOperationException("This machine has no non-loopback IPv4 address to stand for another host.");

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
