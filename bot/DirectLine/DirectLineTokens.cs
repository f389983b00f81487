using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.DirectLine;

/// <summary>What a valid local token grants: one conversation, as one user, until it expires.</summary>
public sealed record DirectLineGrant(string ConversationId, string UserId, DateTimeOffset ExpiresAt);

/// <summary>Why a token was refused.</summary>
public enum TokenRejection
{
    None,
    Missing,
    Invalid,
    Expired,
    WrongConversation,
}

/// <summary>
/// Mints and checks the local Direct Line's tokens: compact JWTs signed with HMAC-SHA256 (so Web Chat can read the
/// embedded <c>user</c> claim the way it does with Azure's tokens), bound to one conversation and short-lived.
/// </summary>
public sealed class DirectLineTokens
{
    private const string Issuer = "leadbot-directline";
    private static readonly string Header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { alg = "HS256", typ = "JWT" }));
    private readonly byte[] _key;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;

    public DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider time)
    {
        var o = options.Value;
        _key = string.IsNullOrEmpty(o.TokenSigningKey) ? RandomNumberGenerator.GetBytes(32) : Encoding.UTF8.GetBytes(o.TokenSigningKey);
        _time = time;
        _lifetime = o.TokenLifetime;
    }

    public TimeSpan Lifetime => _lifetime;

    public int ExpiresInSeconds => (int)_lifetime.TotalSeconds;

    public string Mint(string conversationId, string userId)
    {
        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["iss"] = Issuer,
            ["conv"] = conversationId,
            ["user"] = userId,
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + (long)_lifetime.TotalSeconds,
            ["jti"] = Guid.NewGuid().ToString("N"),
        }));
        var unsigned = Header + "." + payload;
        return unsigned + "." + Base64Url(Sign(unsigned));
    }

    /// <summary>Checks signature and expiry, and, when <paramref name="conversationId"/> is given, that the token is for it.</summary>
    public TokenRejection Validate(string? token, string? conversationId, out DirectLineGrant? grant)
    {
        grant = null;
        if (string.IsNullOrWhiteSpace(token))
        {
            return TokenRejection.Missing;
        }

        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] != Header)
        {
            return TokenRejection.Invalid;
        }

        byte[] signature;
        byte[] payloadBytes;
        try
        {
            signature = FromBase64Url(parts[2]);
            payloadBytes = FromBase64Url(parts[1]);
        }
        catch (FormatException)
        {
            return TokenRejection.Invalid;
        }

        if (!CryptographicOperations.FixedTimeEquals(signature, Sign(parts[0] + "." + parts[1])))
        {
            return TokenRejection.Invalid;
        }

        string? conv, user;
        long exp;
        try
        {
            using var payload = JsonDocument.Parse(payloadBytes);
            var root = payload.RootElement;
            conv = root.GetProperty("conv").GetString();
            user = root.GetProperty("user").GetString();
            exp = root.GetProperty("exp").GetInt64();
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return TokenRejection.Invalid;
        }

        if (string.IsNullOrEmpty(conv) || string.IsNullOrEmpty(user))
        {
            return TokenRejection.Invalid;
        }

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(exp);
        if (_time.GetUtcNow() >= expiresAt)
        {
            return TokenRejection.Expired;
        }

        if (conversationId is not null && !string.Equals(conv, conversationId, StringComparison.Ordinal))
        {
            return TokenRejection.WrongConversation;
        }

        grant = new DirectLineGrant(conv, user, expiresAt);
        return TokenRejection.None;
    }

    private byte[] Sign(string unsigned) => HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(unsigned));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        s = (s.Length % 4) switch { 2 => s + "==", 3 => s + "=", 0 => s, _ => throw new FormatException() };
        return Convert.FromBase64String(s);
    }
}
