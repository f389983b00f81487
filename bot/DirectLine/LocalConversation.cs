using System.Globalization;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LeadBot.Bot.DirectLine;

/// <summary>
/// One local Direct Line conversation: the activities it keeps (as the JSON the client receives; the watermark is the
/// sequence number of the last one), bounded in bytes with the oldest dropped first, and at most one WebSocket listener.
/// </summary>
public sealed class LocalConversation
{
    private readonly object _gate = new();
    private readonly LinkedList<Entry> _log = new();
    private readonly TimeProvider _time;
    private readonly LocalConversations _owner;
    private long _sequence;
    private long _bytes;
    private long _lastActive;
    private bool _closed;
    private ActivityStream? _stream;
    private long _listenerTickets;
    private long _attachedTicket;
    private bool _personChatting;

    internal LocalConversation(string id, string userId, string clientKey, TimeProvider time, LocalConversations owner)
    {
        Id = id;
        UserId = userId;
        ClientKey = clientKey;
        _time = time;
        _owner = owner;
        Touch();
    }

    public string Id { get; }

    /// <summary>The user the server bound to the conversation's tokens; every activity the page posts is sent as them.</summary>
    public string UserId { get; }

    /// <summary>The client (IP address) the conversation counts against.</summary>
    public string ClientKey { get; }

    /// <summary>conversationStartProperties.locale, used for activities that carry none.</summary>
    public string? Locale { get; set; }

    /// <summary>Set once POST /conversations started it (the bot got its conversationUpdate).</summary>
    public bool Started { get; private set; }

    public DateTimeOffset LastActive => DateTimeOffset.FromUnixTimeMilliseconds(Interlocked.Read(ref _lastActive));

    /// <summary>The JSON bytes of the activities kept.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Whether a person from sales is chatting in the conversation: the last message the bot's side sent (or
    /// a typing indicator since) carries <c>channelData.leadbot.person</c>. The bot's automatic typing indicator would
    /// then claim that the bot is writing.</summary>
    public bool PersonChatting
    {
        get
        {
            lock (_gate)
            {
                return _personChatting;
            }
        }
    }

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

    /// <summary>Keeps <paramref name="activity"/> (giving it an id and a timestamp when missing) and pushes it to the
    /// listener. Typing activities are pushed only, as Direct Line does. Returns the activity's id.</summary>
    public string Append(Activity activity)
    {
        Touch();
        long delta;
        string id;
        lock (_gate)
        {
            activity.Timestamp ??= _time.GetUtcNow();
            activity.Conversation = new ConversationAccount(id: Id);
            NoteSenderLocked(activity);
            if (activity.Type == ActivityTypes.Typing)
            {
                activity.Id ??= $"{Id}|typing-{Guid.NewGuid():N}";
                _stream?.Enqueue(ActivitySet([Serialize(activity)], null));
                return activity.Id;
            }

            if (_closed)
            {
                return activity.Id ?? "";
            }

            _sequence++;
            activity.Id = string.IsNullOrEmpty(activity.Id) ? string.Create(CultureInfo.InvariantCulture, $"{Id}|{_sequence:D7}") : activity.Id;
            var json = Serialize(activity);
            _log.AddLast(new Entry(_sequence, activity.Id, json, activity.Timestamp, activity.ReplyToId));
            delta = TrimLocked();
            id = activity.Id;
            _stream?.Enqueue(ActivitySet([json], _sequence));
        }

        _owner.Account(this, delta);
        return id;
    }

    /// <summary>Replaces a kept activity (an update by the bot) and pushes the new version; false when unknown.</summary>
    public bool Replace(string activityId, Activity activity)
    {
        Touch();
        long delta;
        lock (_gate)
        {
            var node = _log.First;
            while (node is not null && node.Value.Id != activityId)
            {
                node = node.Next;
            }

            if (node is null)
            {
                return false;
            }

            activity.Id = activityId;
            activity.Timestamp ??= node.Value.Timestamp;
            activity.ReplyToId ??= node.Value.ReplyToId;
            activity.Conversation = new ConversationAccount(id: Id);
            var json = Serialize(activity);
            node.Value = node.Value with { Json = json, Timestamp = activity.Timestamp, ReplyToId = activity.ReplyToId };
            delta = TrimLocked();
            _stream?.Enqueue(ActivitySet([json], _sequence));
        }

        _owner.Account(this, delta);
        return true;
    }

    /// <summary>The kept activities newer than <paramref name="watermark"/> as an ActivitySet (JSON).</summary>
    public string ActivitiesAfter(long watermark)
    {
        Touch();
        lock (_gate)
        {
            return ActivitySet(_log.Where(e => e.Sequence > watermark).Select(e => e.Json), _sequence);
        }
    }

    /// <summary>Reserves the listener slot for a stream request as it arrives, before its WebSocket handshake, so the
    /// newest request wins whatever order the handshakes finish in.</summary>
    internal long ReserveListener() => Interlocked.Increment(ref _listenerTickets);

    /// <summary>Makes <paramref name="stream"/> the listener, first queueing what it missed since
    /// <paramref name="watermark"/>. The other listener is closed with "collision" (one socket per conversation, as
    /// Direct Line does): the previous one, or this one when a newer request (a higher <paramref name="ticket"/>) got
    /// here first.</summary>
    internal void Attach(ActivityStream stream, long watermark, long ticket)
    {
        ActivityStream? loser;
        string? loserReason = "collision";
        lock (_gate)
        {
            if (_closed)
            {
                loser = stream;
                loserReason = "expired";
            }
            else if (ticket < _attachedTicket)
            {
                loser = stream;
            }
            else
            {
                var missed = _log.Where(e => e.Sequence > watermark).Select(e => e.Json).ToList();
                if (missed.Count > 0)
                {
                    stream.Enqueue(ActivitySet(missed, _sequence));
                }

                loser = _stream;
                _stream = stream;
                _attachedTicket = ticket;
            }
        }

        loser?.Close(loserReason);
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

    /// <summary>Ends the conversation: its listener is closed and what it kept is released.</summary>
    internal void Close(string reason)
    {
        ActivityStream? stream;
        long released;
        lock (_gate)
        {
            _closed = true;
            stream = _stream;
            _stream = null;
            released = _bytes;
            _bytes = 0;
            _log.Clear();
        }

        stream?.Close(reason);
        _owner.Account(this, -released);
    }

    /// <summary>An ActivitySet from activities already serialized; a null watermark is left out (typing).</summary>
    internal static string ActivitySet(IEnumerable<string> activities, long? watermark)
    {
        var set = new StringBuilder("{\"activities\":[");
        var first = true;
        foreach (var json in activities)
        {
            if (!first)
            {
                set.Append(',');
            }

            set.Append(json);
            first = false;
        }

        set.Append(']');
        if (watermark is not null)
        {
            set.Append(",\"watermark\":\"").Append(watermark.Value.ToString(CultureInfo.InvariantCulture)).Append('"');
        }

        return set.Append('}').ToString();
    }

    /// <summary>The name a person from sales signs an activity with (<c>channelData.leadbot.person</c>), or null.</summary>
    public static string? PersonOf(IActivity activity) =>
        activity.ChannelData is JObject { } data && data["leadbot"] is JObject leadbot && leadbot["person"] is JValue { Type: JTokenType.String } person
            ? (string?)person
            : null;

    private void NoteSenderLocked(Activity activity)
    {
        if (activity.From?.Role != RoleTypes.Bot)
        {
            return;
        }

        if (activity.Type == ActivityTypes.Message)
        {
            _personChatting = PersonOf(activity) is not null;
        }
        else if (activity.Type == ActivityTypes.Typing && PersonOf(activity) is not null)
        {
            _personChatting = true;
        }
    }

    private static string Serialize(Activity activity) => JsonConvert.SerializeObject(activity, LocalConversations.Json);

    /// <summary>Drops the oldest activities while the log holds more than its share (always keeping the newest); returns
    /// how much <see cref="Bytes"/> changed since the last call, the caller's change to the log included.</summary>
    private long TrimLocked()
    {
        var total = _log.Sum(e => (long)e.Json.Length);
        while (total > _owner.MaxConversationBytes && _log.Count > 1)
        {
            total -= _log.First!.Value.Json.Length;
            _log.RemoveFirst();
        }

        var delta = total - _bytes;
        _bytes = total;
        return delta;
    }

    private sealed record Entry(long Sequence, string Id, string Json, DateTimeOffset? Timestamp, string? ReplyToId);
}
