using LeadBot.Bot.Telemetry;
using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;

namespace LeadBot.Bot.DirectLine;

/// <summary>
/// <c>GET /v3/directline/conversations/{id}/stream?t=&amp;watermark=</c>: the WebSocket on which the page receives
/// ActivitySets. The token travels in the URL (a browser cannot set headers on a WebSocket), so the stream URL is
/// pre-authorized for one conversation, as Direct Line's is.
/// </summary>
internal static class LocalDirectLineStream
{
    public static async Task StreamAsync(HttpContext http, string conversationId, string? watermark, string? t,
        LocalConversations conversations, DirectLineTokens tokens)
    {
        var token = string.IsNullOrEmpty(t) ? DirectLineProtocol.BearerToken(http.Request) : t;
        var rejection = tokens.Validate(token, conversationId, out _);
        IResult? refused = rejection == TokenRejection.None ? null : DirectLineProtocol.Rejected(rejection);
        var conversation = refused is null ? conversations.Find(conversationId) : null;
        if (refused is null && conversation is null)
        {
            refused = DirectLineProtocol.ConversationNotFound();
        }

        if (refused is null && !http.WebSockets.IsWebSocketRequest)
        {
            refused = DirectLineProtocol.Error(StatusCodes.Status400BadRequest, "BadArgument", "The stream is a WebSocket.");
        }

        if (refused is not null)
        {
            await refused.ExecuteAsync(http).ConfigureAwait(false);
            return;
        }

        var ticket = conversation!.ReserveListener();
        using var socket = await http.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var stream = new ActivityStream(socket);
        conversation.Attach(stream, DirectLineProtocol.ParseWatermark(watermark) ?? 0, ticket);
        LeadBotTelemetry.DirectLineConnectionOpened();
        try
        {
            await stream.RunAsync(http.RequestAborted).ConfigureAwait(false);
        }
        finally
        {
            conversation.Detach(stream);
            LeadBotTelemetry.DirectLineConnectionClosed();
        }
    }
}

/// <summary>One WebSocket listener: frames are queued and written by a single loop, so pushes never block a turn.</summary>
internal sealed class ActivityStream
{
    private readonly Channel<string> _frames = Channel.CreateBounded<string>(new BoundedChannelOptions(1000)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.DropWrite,
    });

    private readonly WebSocket _socket;
    private string? _closeReason;

    public ActivityStream(WebSocket socket) => _socket = socket;

    public void Enqueue(string frame)
    {
        if (!_frames.Writer.TryWrite(frame))
        {
            // A listener that cannot keep up is closed; Web Chat reconnects with its watermark and loses nothing.
            Close("overflow");
        }
    }

    public void Close(string reason)
    {
        _closeReason ??= reason;
        _frames.Writer.TryComplete();
    }

    /// <summary>Writes frames until closed or the client goes away; reads (and ignores) what the client sends.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reader = ReadUntilClosedAsync(cts.Token);
        try
        {
            await foreach (var frame in _frames.Reader.ReadAllAsync(cts.Token).ConfigureAwait(false))
            {
                if (_socket.State != WebSocketState.Open)
                {
                    break;
                }

                await _socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, true, cts.Token).ConfigureAwait(false);
            }

            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, _closeReason ?? "closed", timeout.Token).ConfigureAwait(false);
                // Let the client answer the close before the connection goes away.
                await reader.WaitAsync(timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
        }
        finally
        {
            await cts.CancelAsync().ConfigureAwait(false);
            try
            {
                await reader.ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
            {
            }
        }
    }

    private async Task ReadUntilClosedAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        try
        {
            while (_socket.State is WebSocketState.Open or WebSocketState.CloseSent)
            {
                var result = await _socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        finally
        {
            _frames.Writer.TryComplete();
        }
    }
}
