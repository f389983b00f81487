using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace LeadBot.Bot.DirectLine;

/// <summary>
/// The local Direct Line's conversations, in memory and bounded: at most <see cref="DirectLineOptions.MaxConversations"/>
/// in all and <see cref="DirectLineOptions.MaxConversationsPerClient"/> per client (IP address), each keeping at most
/// <see cref="DirectLineOptions.MaxConversationKilobytes"/> of activities and all together at most
/// <see cref="DirectLineOptions.MaxTotalMegabytes"/>. Beyond a limit the least recently used conversation goes (of that
/// client, for the per-client limit), so a flood of requests costs its sender its own conversations, never a newcomer
/// theirs. Idle conversations expire: one that was never started after <see cref="UnstartedTimeout"/>, a started one
/// when a returning visitor could no longer resume it (Website:ContinueWithinHours).
/// </summary>
public sealed class LocalConversations : IDisposable
{
    /// <summary>A conversation whose token was issued but that no client started.</summary>
    public static readonly TimeSpan UnstartedTimeout = TimeSpan.FromMinutes(10);

    internal static readonly JsonSerializerSettings Json = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.DateTimeOffset,
        Formatting = Formatting.None,
    };

    private readonly ConcurrentDictionary<string, LocalConversation> _conversations = new(StringComparer.Ordinal);
    private readonly object _admission = new();
    private readonly TimeProvider _time;
    private readonly DirectLineOptions _options;
    private readonly ILogger<LocalConversations> _logger;
    private readonly ITimer _sweeper;
    private long _totalBytes;

    public LocalConversations(TimeProvider time, IOptions<DirectLineOptions> options, IOptions<WebsiteOptions> website, ILogger<LocalConversations> logger)
    {
        _time = time;
        _options = options.Value;
        _logger = logger;
        // A conversation lives as long as a returning visitor may resume it, and at least as long as its token.
        IdleTimeout = TimeSpan.FromHours(website.Value.ContinueWithinHours);
        if (IdleTimeout < _options.TokenLifetime)
        {
            IdleTimeout = _options.TokenLifetime;
        }

        _sweeper = time.CreateTimer(_ => Sweep(), null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
    }

    public TimeSpan IdleTimeout { get; }

    public int Count => _conversations.Count;

    /// <summary>The JSON bytes of the activities all conversations keep.</summary>
    public long TotalBytes => Interlocked.Read(ref _totalBytes);

    internal int MaxConversationBytes => _options.MaxConversationKilobytes * 1024;

    /// <summary>Opens a conversation for <paramref name="userId"/> on behalf of the client <paramref name="clientKey"/>,
    /// making room first: the client's own least recently used conversation when it holds its share, else the least
    /// recently used of all when the store is full.</summary>
    public LocalConversation Create(string userId, string clientKey)
    {
        var conversation = new LocalConversation(Guid.NewGuid().ToString("N"), userId, clientKey, _time, this);
        List<LocalConversation> evicted = [];
        lock (_admission)
        {
            var own = _conversations.Values.Where(c => c.ClientKey == clientKey).ToList();
            if (own.Count >= _options.MaxConversationsPerClient)
            {
                evicted.AddRange(own.OrderBy(c => c.LastActive).Take(own.Count - _options.MaxConversationsPerClient + 1));
            }

            var overflow = _conversations.Count - evicted.Count - _options.MaxConversations + 1;
            if (overflow > 0)
            {
                evicted.AddRange(_conversations.Values.Except(evicted).OrderBy(c => c.LastActive).Take(overflow));
            }

            foreach (var old in evicted)
            {
                Remove(old, "evicted");
            }

            _conversations[conversation.Id] = conversation;
        }

        if (evicted.Count > 0)
        {
            _logger.LogInformation("Local Direct Line: {Count} least recently used conversation(s) dropped to make room (limits DirectLine:MaxConversations, DirectLine:MaxConversationsPerClient).", evicted.Count);
        }

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

    /// <summary>Drops conversations idle for longer than they may be resumed and closes their sockets.</summary>
    public void Sweep()
    {
        foreach (var conversation in _conversations.Values)
        {
            if (IsExpired(conversation))
            {
                Remove(conversation, "expired");
            }
        }
    }

    public void Dispose()
    {
        _sweeper.Dispose();
        foreach (var conversation in _conversations.Values)
        {
            Remove(conversation, "shutdown");
        }
    }

    /// <summary>Called by a conversation whose kept activities grew or shrank; drops the least recently used other
    /// conversations while all together keep more than allowed.</summary>
    internal void Account(LocalConversation source, long delta)
    {
        if (Interlocked.Add(ref _totalBytes, delta) <= (long)_options.MaxTotalMegabytes * 1024 * 1024 || delta <= 0)
        {
            return;
        }

        var dropped = 0;
        lock (_admission)
        {
            foreach (var victim in _conversations.Values.Where(c => !ReferenceEquals(c, source)).OrderBy(c => c.LastActive).ToList())
            {
                if (TotalBytes <= (long)_options.MaxTotalMegabytes * 1024 * 1024)
                {
                    break;
                }

                Remove(victim, "evicted");
                dropped++;
            }
        }

        if (dropped > 0)
        {
            _logger.LogInformation("Local Direct Line: {Count} least recently used conversation(s) dropped to stay within DirectLine:MaxTotalMegabytes.", dropped);
        }
    }

    private void Remove(LocalConversation conversation, string reason)
    {
        if (_conversations.TryRemove(new KeyValuePair<string, LocalConversation>(conversation.Id, conversation)))
        {
            conversation.Close(reason);
        }
    }

    private bool IsExpired(LocalConversation conversation) =>
        _time.GetUtcNow() - conversation.LastActive > (conversation.Started ? IdleTimeout : UnstartedTimeout);
}
