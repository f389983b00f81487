using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace LeadBot.Bot.Hosting;

/// <summary>
/// Decorates a <see cref="BotFrameworkAuthentication"/> so that connector clients and user token clients are reused
/// across turns.
/// </summary>
/// <remarks>
/// The stock factory builds a new <see cref="ConnectorClient"/> (with fresh Newtonsoft serializer settings, whose
/// contract resolver compiles property getters again) for every turn, and <c>TurnContext</c> disposes it at turn end.
/// Here one client is kept per (bot app id, service URL, audience) and handed out as a
/// <see cref="LeanReplyConnectorClient"/> shared between turns (or, for a client that is not the stock one, wrapped in
/// a <see cref="SharedConnectorClient"/>), whose <c>Dispose</c> does nothing; the cache releases the real clients when
/// the host stops. Credentials inside a client refresh their own tokens, so a long-lived client stays valid.
/// The number of cached clients is capped (an unauthenticated Emulator endpoint accepts any serviceUrl); beyond the cap
/// clients are created per turn as before.
/// The same holds for the <see cref="UserTokenClient"/> <c>CloudAdapterBase</c> asks for on every turn (its
/// <c>OAuthClient</c> builds regexes in <c>ServiceClient.SetUserAgent</c>, on every turn): one per bot app id, handed out
/// as a <see cref="SharedUserTokenClient"/>.
/// Every connector client handed out sends its replies through <see cref="LeanReplyConnectorClient"/>: the same
/// requests as the generated code at a fraction of its CPU.
/// </remarks>
public sealed class CachingBotFrameworkAuthentication : BotFrameworkAuthentication, IDisposable
{
    internal const int MaxCachedClients = 256;
    internal const int MaxCachedUserTokenClients = 64;

    private readonly BotFrameworkAuthentication _inner;
    private readonly ConcurrentDictionary<ClientKey, Lazy<Task<IConnectorClient>>> _clients = new();
    private readonly ConcurrentDictionary<string, Lazy<Task<UserTokenClient>>> _userTokenClients = new(StringComparer.Ordinal);
    private int _created;
    private int _userTokenClientsCreated;

    public CachingBotFrameworkAuthentication(BotFrameworkAuthentication inner)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
    }

    /// <summary>How many real connector clients were created so far (test hook).</summary>
    internal int ClientsCreated => Volatile.Read(ref _created);

    internal int CachedClients => _clients.Count;

    /// <summary>How many real user token clients were created so far (test hook).</summary>
    internal int UserTokenClientsCreated => Volatile.Read(ref _userTokenClientsCreated);

    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        AuthenticateRequestResult result;
        try
        {
            result = await _inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SecurityTokenException or ArgumentException)
        {
            // The stock validation lets a malformed token ("Bearer abc") escape as a 500; it is simply not a valid token.
            throw new UnauthorizedAccessException("The authorization token is not valid.", ex);
        }

        result.ConnectorFactory = Wrap(result.ConnectorFactory, result.ClaimsIdentity);
        return result;
    }

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        var result = await _inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken).ConfigureAwait(false);
        result.ConnectorFactory = Wrap(result.ConnectorFactory, result.ClaimsIdentity);
        return result;
    }

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        Wrap(_inner.CreateConnectorFactory(claimsIdentity), claimsIdentity)!;

    public override async Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken)
    {
        // The stock implementation binds the client to the app id from the audience claim, else the appid claim.
        var key = ClaimValue(claimsIdentity, AuthenticationConstants.AudienceClaim) + "\n" + ClaimValue(claimsIdentity, AuthenticationConstants.AppIdClaim);
        if (!_userTokenClients.TryGetValue(key, out var entry))
        {
            if (_userTokenClients.Count >= MaxCachedUserTokenClients)
            {
                Interlocked.Increment(ref _userTokenClientsCreated);
                return await _inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken).ConfigureAwait(false);
            }

            entry = _userTokenClients.GetOrAdd(key, _ => new Lazy<Task<UserTokenClient>>(async () =>
            {
                Interlocked.Increment(ref _userTokenClientsCreated);
                // Not the turn's token: a cancelled first turn must not poison the shared entry.
                var client = await _inner.CreateUserTokenClientAsync(claimsIdentity, CancellationToken.None).ConfigureAwait(false);
                return new SharedUserTokenClient(client);
            }));
        }

        try
        {
            return await entry.Value.ConfigureAwait(false);
        }
        catch
        {
            _userTokenClients.TryRemove(new KeyValuePair<string, Lazy<Task<UserTokenClient>>>(key, entry));
            throw;
        }
    }

    private static string ClaimValue(ClaimsIdentity? identity, string type) =>
        identity?.Claims.FirstOrDefault(c => c.Type == type)?.Value ?? "";

    public override BotFrameworkClient CreateBotFrameworkClient() => _inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => _inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        _inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    public void Dispose()
    {
        foreach (var entry in _clients.Values)
        {
            if (entry.IsValueCreated && entry.Value.IsCompletedSuccessfully)
            {
                switch (entry.Value.Result)
                {
                    case LeanReplyConnectorClient lean:
                        lean.Release();
                        break;
                    case SharedConnectorClient shared:
                        shared.Inner.Dispose();
                        break;
                }
            }
        }

        _clients.Clear();

        foreach (var entry in _userTokenClients.Values)
        {
            if (entry.IsValueCreated && entry.Value.IsCompletedSuccessfully)
            {
                (entry.Value.Result as SharedUserTokenClient)?.Inner.Dispose();
            }
        }

        _userTokenClients.Clear();
    }

    private ConnectorFactory? Wrap(ConnectorFactory? factory, ClaimsIdentity? identity)
    {
        if (factory is null)
        {
            return null;
        }

        // The stock factory is bound to the bot's app id taken from the audience claim of the validated identity.
        var appId = identity?.Claims.FirstOrDefault(c => c.Type == AuthenticationConstants.AudienceClaim)?.Value ?? "";
        return new CachingConnectorFactory(this, factory, appId);
    }

    private async Task<IConnectorClient> GetOrCreateAsync(ConnectorFactory inner, string appId, string serviceUrl, string? audience, CancellationToken cancellationToken)
    {
        var key = new ClientKey(appId, NormalizeServiceUrl(serviceUrl), audience ?? "");
        if (_clients.TryGetValue(key, out var existing))
        {
            return await AwaitOrEvictAsync(key, existing).ConfigureAwait(false);
        }

        if (_clients.Count >= MaxCachedClients)
        {
            Interlocked.Increment(ref _created);
            return WithLeanReplies(await inner.CreateAsync(serviceUrl, audience, cancellationToken).ConfigureAwait(false));
        }

        var entry = _clients.GetOrAdd(key, _ => new Lazy<Task<IConnectorClient>>(async () =>
        {
            Interlocked.Increment(ref _created);
            // Not the turn's token: a cancelled first turn must not poison the shared entry.
            var client = await inner.CreateAsync(serviceUrl, audience, CancellationToken.None).ConfigureAwait(false);
            return client is ConnectorClient stock ? new LeanReplyConnectorClient(stock, sharedBetweenTurns: true) : new SharedConnectorClient(client);
        }));
        return await AwaitOrEvictAsync(key, entry).ConfigureAwait(false);
    }

    /// <summary>Replies through <see cref="LeanReplyConnectorClient"/> when the factory made the stock client (the only
    /// one whose HTTP client and settings the lean path can use); any other client is left as it is.</summary>
    internal static IConnectorClient WithLeanReplies(IConnectorClient client) =>
        client is ConnectorClient stock ? new LeanReplyConnectorClient(stock) : client;

    /// <summary>Scheme and host are case-insensitive, the path is not; a trailing slash does not matter.</summary>
    internal static string NormalizeServiceUrl(string serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
            ? uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant() + uri.AbsolutePath.TrimEnd('/')
            : serviceUrl.TrimEnd('/');

    private async Task<IConnectorClient> AwaitOrEvictAsync(ClientKey key, Lazy<Task<IConnectorClient>> entry)
    {
        try
        {
            return await entry.Value.ConfigureAwait(false);
        }
        catch
        {
            _clients.TryRemove(new KeyValuePair<ClientKey, Lazy<Task<IConnectorClient>>>(key, entry));
            throw;
        }
    }

    private readonly record struct ClientKey(string AppId, string ServiceUrl, string Audience);

    private sealed class CachingConnectorFactory(CachingBotFrameworkAuthentication owner, ConnectorFactory inner, string appId) : ConnectorFactory
    {
        public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
            owner.GetOrCreateAsync(inner, appId, serviceUrl, audience, cancellationToken);
    }
}

/// <summary>
/// A connector client shared between turns: forwards everything to the real client, but ignores <see cref="Dispose"/>
/// (called by <c>TurnContext</c> at the end of every turn). The owner disposes <see cref="Inner"/>.
/// </summary>
public sealed class SharedConnectorClient(IConnectorClient inner) : IConnectorClient
{
    public IConnectorClient Inner { get; } = inner ?? throw new ArgumentNullException(nameof(inner));

    public Uri BaseUri
    {
        get => Inner.BaseUri;
        set => Inner.BaseUri = value;
    }

    public JsonSerializerSettings SerializationSettings => Inner.SerializationSettings;

    public JsonSerializerSettings DeserializationSettings => Inner.DeserializationSettings;

    public ServiceClientCredentials Credentials => Inner.Credentials;

    public IAttachments Attachments => Inner.Attachments;

    public IConversations Conversations => Inner.Conversations;

    public void Dispose()
    {
        // Deliberately empty: the client outlives the turn.
    }
}

/// <summary>
/// A user token client shared between turns: forwards everything to the real client, but ignores <c>Dispose</c>
/// (called with the turn state at the end of every turn). The owner disposes <see cref="Inner"/>.
/// </summary>
public sealed class SharedUserTokenClient(UserTokenClient inner) : UserTokenClient
{
    public UserTokenClient Inner { get; } = inner ?? throw new ArgumentNullException(nameof(inner));

    public override Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) =>
        Inner.GetUserTokenAsync(userId, connectionName, channelId, magicCode, cancellationToken);

    public override Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
        Inner.GetSignInResourceAsync(connectionName, activity, finalRedirect, cancellationToken);

    public override Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) =>
        Inner.SignOutUserAsync(userId, connectionName, channelId, cancellationToken);

    public override Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
        Inner.GetTokenStatusAsync(userId, channelId, includeFilter, cancellationToken);

    public override Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
        Inner.GetAadTokensAsync(userId, connectionName, resourceUrls, channelId, cancellationToken);

    public override Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
        Inner.ExchangeTokenAsync(userId, connectionName, channelId, exchangeRequest, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        // Deliberately empty: the client outlives the turn.
    }
}
