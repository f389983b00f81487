using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeadBot.Bench;

/// <summary>What the bot posted to one conversation so far: enough to answer by step and to check the transcript.</summary>
public sealed class ConversationLog
{
    private readonly object _gate = new();
    private string? _lastStep;
    private string? _lastText;
    private int _steps;
    private int _messages;

    /// <summary>channelData.leadbot.step of the last question asked.</summary>
    public string? LastStep { get { lock (_gate) { return _lastStep; } } }

    /// <summary>Text of the last message activity.</summary>
    public string? LastText { get { lock (_gate) { return _lastText; } } }

    /// <summary>How many questions (activities with a step marker) arrived.</summary>
    public int Steps { get { lock (_gate) { return _steps; } } }

    public int Messages { get { lock (_gate) { return _messages; } } }

    internal void Record(string? type, string? text, string? step)
    {
        lock (_gate)
        {
            if (type == "message")
            {
                _messages++;
                _lastText = text;
            }

            if (step is not null)
            {
                _steps++;
                _lastStep = step;
            }
        }
    }
}

/// <summary>
/// The driver's own connector endpoint (the Emulator's local service): Kestrel on 127.0.0.1 answering
/// <c>POST /v3/conversations/{id}/activities[/{replyToId}]</c> with <c>{"id":"…"}</c>. One plain request delegate, no
/// routing or MVC, a forward-only JSON reader: it must not take CPU from the bot it measures.
/// </summary>
public sealed class ConnectorSink : IAsyncDisposable
{
    private const string Prefix = "/v3/conversations/";
    private static readonly byte[] IdPrefix = "{\"id\":\"r"u8.ToArray();

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConversationLog> _conversations = new(StringComparer.Ordinal);
    private long _next;
    private long _firstReply;
    private long _unknown;

    private ConnectorSink(WebApplication app) => _app = app;

    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>Stopwatch timestamp of the first activity received since <see cref="ResetFirstReply"/> (0: none yet).</summary>
    public long FirstReplyTimestamp => Interlocked.Read(ref _firstReply);

    /// <summary>Activities for conversations nobody registered.</summary>
    public long Unknown => Interlocked.Read(ref _unknown);

    public static async Task<ConnectorSink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxConcurrentConnections = null;
        });
        var app = builder.Build();
        var sink = new ConnectorSink(app);
        app.Run(sink.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        sink.ServiceUrl = new Uri(address.TrimEnd('/'));
        return sink;
    }

    public ConversationLog Register(string conversationId) => _conversations.GetOrAdd(conversationId, _ => new ConversationLog());

    public void Forget(string conversationId) => _conversations.TryRemove(conversationId, out _);

    public void ResetFirstReply() => Interlocked.Exchange(ref _firstReply, 0);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        var path = request.Path.Value ?? "";
        if (!path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var rest = path.AsSpan(Prefix.Length);
        var slash = rest.IndexOf('/');
        if (HttpMethods.IsPost(request.Method) && slash > 0 && rest[(slash + 1)..].StartsWith("activities", StringComparison.Ordinal))
        {
            var conversationId = Uri.UnescapeDataString(rest[..slash].ToString());
            await RecordAsync(conversationId, request.BodyReader).ConfigureAwait(false);
        }
        else if (HttpMethods.IsPost(request.Method) && slash < 0)
        {
            // POST /v3/conversations: CreateConversation.
            await WriteIdAsync(http.Response).ConfigureAwait(false);
            return;
        }

        await WriteIdAsync(http.Response).ConfigureAwait(false);
    }

    private async Task RecordAsync(string conversationId, PipeReader body)
    {
        ReadResult read;
        while (true)
        {
            read = await body.ReadAsync().ConfigureAwait(false);
            if (read.IsCompleted)
            {
                break;
            }

            body.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }

        var (type, text, step) = Parse(read.Buffer);
        body.AdvanceTo(read.Buffer.End);
        Interlocked.CompareExchange(ref _firstReply, Stopwatch.GetTimestamp(), 0);
        if (_conversations.TryGetValue(conversationId, out var log))
        {
            log.Record(type, text, step);
        }
        else
        {
            Interlocked.Increment(ref _unknown);
        }
    }

    private async Task WriteIdAsync(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        var writer = response.BodyWriter;
        var span = writer.GetSpan(48);
        IdPrefix.CopyTo(span);
        var n = IdPrefix.Length;
        Interlocked.Increment(ref _next).TryFormat(span[n..], out var digits, provider: System.Globalization.CultureInfo.InvariantCulture);
        n += digits;
        span[n++] = (byte)'"';
        span[n++] = (byte)'}';
        response.ContentLength = n;
        writer.Advance(n);
        await writer.FlushAsync().ConfigureAwait(false);
    }

    /// <summary>Top-level "type" and "text", and channelData.leadbot.step, in one forward pass.</summary>
    internal static (string? Type, string? Text, string? Step) Parse(ReadOnlySequence<byte> json)
    {
        if (json.IsEmpty)
        {
            return default;
        }

        string? type = null, text = null, step = null;
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return default;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("type"u8))
                {
                    reader.Read();
                    type = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
                else if (reader.ValueTextEquals("text"u8))
                {
                    reader.Read();
                    text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
                else if (reader.ValueTextEquals("channelData"u8))
                {
                    reader.Read();
                    step = ReadStep(ref reader);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
        }
        catch (JsonException)
        {
            // A body that is not JSON: count the activity, without type or step.
        }

        return (type, text, step);
    }

    private static string? ReadStep(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        string? step = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("leadbot"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    reader.Skip();
                    continue;
                }

                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("step"u8))
                    {
                        reader.Read();
                        step = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    }
                    else
                    {
                        reader.Read();
                        reader.Skip();
                    }
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return step;
    }
}
