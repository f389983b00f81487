using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Teams;

/// <summary>
/// Signed, short-lived links to the bot's lead page (<c>/teams/leads/{id}?t=…</c>), which the card opens inside Teams
/// (a dialog fetched with task/fetch). The token is the expiry and an HMAC-SHA256 over lead id and expiry: whoever holds
/// the link may read that one lead until it expires, which is why the bot mints one only for a member of the sales
/// tenant pressing the button on that lead's card, and only for <see cref="TeamsOptions.LeadPageLinkMinutes"/>.
/// </summary>
public sealed class LeadPageLinks
{
    public const string RoutePrefix = "/teams/leads";

    private const int MacBytes = 20;
    private readonly byte[] _key;
    private readonly IOptions<TeamsOptions> _options;
    private readonly TimeProvider _clock;
    private readonly IServer? _server;

    public LeadPageLinks(IOptions<TeamsOptions> options, TimeProvider clock, IServer? server = null)
    {
        _options = options;
        _clock = clock;
        _server = server;
        var configured = options.Value.LeadPageSigningKey;
        _key = string.IsNullOrEmpty(configured) ? RandomNumberGenerator.GetBytes(32) : Encoding.UTF8.GetBytes(configured);
    }

    /// <summary>The bot's public base address (Bot:PublicBaseUrl, else the concrete address the host listens on); null
    /// when neither is known.</summary>
    public string? BaseUrl()
    {
        var baseUrl = _options.Value.PublicBaseUrl;
        if (string.IsNullOrWhiteSpace(baseUrl))
        {
            baseUrl = _server?.Features.Get<IServerAddressesFeature>()?.Addresses
                .FirstOrDefault(a => Uri.TryCreate(a, UriKind.Absolute, out var u) && u.Host is not ("0.0.0.0" or "[::]" or "::" or "+" or "*") && u.Port != 0);
        }

        return string.IsNullOrWhiteSpace(baseUrl) ? null : baseUrl.TrimEnd('/');
    }

    /// <summary>A link to the lead page of <paramref name="leadId"/>, valid for the configured minutes; null when the
    /// bot's address is not known.</summary>
    public string? Create(Guid leadId)
    {
        var baseUrl = BaseUrl();
        if (baseUrl is null)
        {
            return null;
        }

        var expires = _clock.GetUtcNow().AddMinutes(_options.Value.LeadPageLinkMinutes).ToUnixTimeSeconds();
        return $"{baseUrl}{RoutePrefix}/{leadId:D}?t={Token(leadId, expires)}";
    }

    /// <summary>Whether <paramref name="token"/> is a link this bot made for <paramref name="leadId"/> that has not expired.</summary>
    public LinkCheck Check(Guid leadId, string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64)
        {
            return LinkCheck.Invalid;
        }

        byte[] raw;
        try
        {
            raw = Base64UrlDecode(token);
        }
        catch (FormatException)
        {
            return LinkCheck.Invalid;
        }

        if (raw.Length != 8 + MacBytes)
        {
            return LinkCheck.Invalid;
        }

        var expires = BinaryPrimitives.ReadInt64BigEndian(raw);
        if (!CryptographicOperations.FixedTimeEquals(raw.AsSpan(8), Mac(leadId, expires)))
        {
            return LinkCheck.Invalid;
        }

        return _clock.GetUtcNow().ToUnixTimeSeconds() > expires ? LinkCheck.Expired : LinkCheck.Valid;
    }

    private string Token(Guid leadId, long expires)
    {
        var raw = new byte[8 + MacBytes];
        BinaryPrimitives.WriteInt64BigEndian(raw, expires);
        Mac(leadId, expires).CopyTo(raw.AsSpan(8));
        return Convert.ToBase64String(raw).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private byte[] Mac(Guid leadId, long expires) =>
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"leadbot-lead-page\n{leadId:D}\n{expires}")).AsSpan(0, MacBytes).ToArray();

    private static byte[] Base64UrlDecode(string value)
    {
        var s = value.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '='));
    }
}

public enum LinkCheck
{
    Valid,
    Invalid,
    Expired,
}
