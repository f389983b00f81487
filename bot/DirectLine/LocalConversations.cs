using System.Collections.Concurrent;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LeadBot.Bot.DirectLine;

/// <summary>
/// The local Direct Line's conversations, in memory: each keeps a bounded log of its activities (the watermark is the
/// sequence number of the last one) and at most one WebSocket listener. Idle conversations expire.
/// </summary>
public sealed class LocalConversations : IDisposable
{
    /// <summary>Activities kept per conversation; older ones are dropped (a client that far behind starts over).</summary>
    public const int MaxActivitiesPerConversation = 500;

    /// <summary>Conversations kept at once; beyond it new ones are refused (503) until idle ones expire.</summary>
    public const int MaxConversations = 10_000;

    internal static readonly JsonSerializerSettings Json = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.DateTimeOffset,
        Formatting = Formatting.None,
    };

    private readonly ConcurrentDictionary<string, LocalConversation> _conversations = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly ITimer _sweeper;

    public LocalConversations(TimeProvider time, Microsoft.Extensions.Options.IOptions<DirectLineOptions> options)
    {
        _time = time;
        // A conversation lives while it is used, and at least as long as a token minted for it.
        IdleTimeout = options.Value.TokenLifetime + TimeSpan.FromMinutes(30);
        _sweeper = time.CreateTimer(_ => Sweep(), null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
    }

    public TimeSpan IdleTimeout { get; }

    public int Count => _conversations.Count;

    /// <summary>Reserves a new conversation for <paramref name="userId"/> (tokens/generate); null when full.</summary>
    public LocalConversation? Create(string userId)
    {
        if (_conversations.Count >= MaxConversations)
        {
            Sweep();
            if (_conversations.Count >= MaxConversations)
            {
                return null;
            }
        }

        var conversation = new LocalConversation(Guid.NewGuid().ToString("N"), userId, _time);
        _conversations[conversation.Id] = conversation;
        return conversation;
    }

    public LocalConversation? Find(string conversationId)
    {
        if (_conversations.TryGetValue(conversationId, out var conversation) && !IsExpired(conversation))
        {
            conversation.Touch();
            return conversation;
        }

        return null;
    }

    /// <summary>Drops conversations idle for longer than <see cref="IdleTimeout"/> and closes their sockets.</summary>
    public void Sweep()
    {
        foreach (var (id, conversation) in _conversations)
        {
            if (IsExpired(conversation) && _conversations.TryRemove(id, out _))
            {
                conversation.Close("expired");
            }
        }
    }

    public void Dispose()
    {
        _sweeper.Dispose();
        foreach (var conversation in _conversations.Values)
        {
            conversation.Close("shutdown");
        }

        _conversations.Clear();
    }

    private bool IsExpired(LocalConversation conversation) => _time.GetUtcNow() - conversation.LastActive > IdleTimeout;
}

/// <summary>One local Direct Line conversation.</summary>
public sealed class LocalConversation
{
    private readonly object _gate = new();
    private readonly LinkedList<(long Sequence, Activity Activity)> _log = new();
    private readonly TimeProvider _time;
    private long _sequence;
    private long _lastActive;
    private ActivityStream? _stream;
    private long _listenerTickets;
    private long _attachedTicket;

    internal LocalConversation(string id, string userId, TimeProvider time)
    {
        Id = id;
        UserId = userId;
        _time = time;
        Touch();
    }

    public string Id { get; }

    /// <summary>The user bound to the conversation's tokens; every activity the page posts is sent as this user.</summary>
    public string UserId { get; }

    /// <summary>conversationStartProperties.locale, used for activities that carry none.</summary>
    public string? Locale { get; set; }

    /// <summary>Set once POST /conversations started it (the bot got its conversationUpdate).</summary>
    public bool Started { get; private set; }

    public DateTimeOffset LastActive => DateTimeOffset.FromUnixTimeMilliseconds(Interlocked.Read(ref _lastActive));

    public long Watermark
    {
        get
        {
            lock (_gate)
            {
                return _sequence;
            }
        }
    }

    internal void Touch() => Interlocked.Exchange(ref _lastActive, _time.GetUtcNow().ToUnixTimeMilliseconds());

    /// <summary>True the first time only: the caller then starts the conversation.</summary>
    public bool TryStart()
    {
        lock (_gate)
        {
            if (Started)
            {
                return false;
            }

            Started = true;
            return true;
        }
    }

    /// <summary>Stores <paramref name="activity"/> (giving it an id and a timestamp when missing) and pushes it to the
    /// listener. Typing activities are pushed only, as Direct Line does. Returns the activity's id.</summary>
    public string Append(Activity activity)
    {
        Touch();
        lock (_gate)
        {
            activity.Timestamp ??= _time.GetUtcNow();
            activity.Conversation ??= new ConversationAccount(id: Id);
            activity.Conversation.Id = Id;
            if (activity.Type == ActivityTypes.Typing)
            {
                activity.Id ??= $"{Id}|typing-{Guid.NewGuid():N}";
                _stream?.Enqueue(ActivitySet([activity], null));
                return activity.Id;
            }

            _sequence++;
            activity.Id = string.IsNullOrEmpty(activity.Id) ? string.Create(CultureInfo.InvariantCulture, $"{Id}|{_sequence:D7}") : activity.Id;
            _log.AddLast((_sequence, activity));
            while (_log.Count > LocalConversations.MaxActivitiesPerConversation)
            {
                _log.RemoveFirst();
            }

            _stream?.Enqueue(ActivitySet([activity], _sequence));
            return activity.Id;
        }
    }

    /// <summary>Replaces a stored activity (an update by the bot) and pushes the new version; false when unknown.</summary>
    public bool Replace(string activityId, Activity activity)
    {
        Touch();
        lock (_gate)
        {
            for (var node = _log.First; node is not null; node = node.Next)
            {
                if (node.Value.Activity.Id == activityId)
                {
                    activity.Id = activityId;
                    activity.Timestamp ??= node.Value.Activity.Timestamp;
                    activity.ReplyToId ??= node.Value.Activity.ReplyToId;
                    activity.Conversation = new ConversationAccount(id: Id);
                    node.Value = (node.Value.Sequence, activity);
                    _stream?.Enqueue(ActivitySet([activity], _sequence));
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The stored activities newer than <paramref name="watermark"/>, and the current watermark.</summary>
    public (IReadOnlyList<Activity> Activities, long Watermark) After(long watermark)
    {
        Touch();
        lock (_gate)
        {
            return (_log.Where(e => e.Sequence > watermark).Select(e => e.Activity).ToList(), _sequence);
        }
    }

    /// <summary>Reserves the listener slot for a stream request as it arrives, before its WebSocket handshake, so the
    /// newest request wins whatever order the handshakes finish in.</summary>
    internal long ReserveListener() => Interlocked.Increment(ref _listenerTickets);

    /// <summary>Makes <paramref name="stream"/> the listener, first queueing what it missed since
    /// <paramref name="watermark"/>. The other listener is closed with "collision" (one socket per conversation): the
    /// previous one, or this one when a newer request (a higher <paramref name="ticket"/>) got here first.</summary>
    internal void Attach(ActivityStream stream, long watermark, long ticket)
    {
        ActivityStream? loser;
        lock (_gate)
        {
            if (ticket < _attachedTicket)
            {
                loser = stream;
            }
            else
            {
                var missed = _log.Where(e => e.Sequence > watermark).Select(e => e.Activity).ToList();
                if (missed.Count > 0)
                {
                    stream.Enqueue(ActivitySet(missed, _sequence));
                }

                loser = _stream;
                _stream = stream;
                _attachedTicket = ticket;
            }
        }

        loser?.Close("collision");
    }

    internal void Detach(ActivityStream stream)
    {
        lock (_gate)
        {
            if (ReferenceEquals(_stream, stream))
            {
                _stream = null;
            }
        }
    }

    internal void Close(string reason)
    {
        ActivityStream? stream;
        lock (_gate)
        {
            stream = _stream;
            _stream = null;
        }

        stream?.Close(reason);
    }

    internal static string ActivitySet(IEnumerable<Activity> activities, long? watermark)
    {
        var set = new JObject
        {
            ["activities"] = JArray.FromObject(activities, JsonSerializer.Create(LocalConversations.Json)),
        };
        if (watermark is not null)
        {
            set["watermark"] = watermark.Value.ToString(CultureInfo.InvariantCulture);
        }

        return set.ToString(Formatting.None);
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
