using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.DirectLine;

/// <summary>What a valid visitor pass says: the visitor id the bot issued, the conversation it was last in, and until
/// when it may be resumed.</summary>
public sealed record VisitorPass(string VisitorId, string? ConversationId, DateTimeOffset ExpiresAt);

/// <summary>
/// The visitor pass: the server-issued identity the widget keeps in the browser's storage, so a reload, a second tab or
/// a return visit continues the same conversation as the same person. It is protected (encrypted and signed) with
/// ASP.NET Core Data Protection, so a client can neither read nor forge one, and it expires after
/// Website:ContinueWithinHours; every token request hands out a renewed one. A user id the client merely names is never
/// taken: without a valid pass the visitor gets a new id.
/// </summary>
public sealed class VisitorPasses(IDataProtectionProvider protection, TimeProvider time, IOptions<WebsiteOptions> options)
{
    /// <summary>Azure Direct Line's enhanced authentication binds only user ids with this prefix to a token.</summary>
    public const string IdPrefix = "dl_";

    private readonly IDataProtector _protector = protection.CreateProtector("LeadBot.VisitorPass.v1");

    public static string NewVisitorId() => IdPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public string Issue(string visitorId, string? conversationId)
    {
        var payload = new Payload(visitorId, conversationId, (time.GetUtcNow() + options.Value.ContinueWithin).ToUnixTimeSeconds());
        return _protector.Protect(JsonSerializer.Serialize(payload));
    }

    /// <summary>The pass's content, or null when it is missing, forged, altered, from another key ring or expired.</summary>
    public VisitorPass? Read(string? pass)
    {
        if (string.IsNullOrWhiteSpace(pass) || pass.Length > 2048)
        {
            return null;
        }

        Payload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<Payload>(_protector.Unprotect(pass));
        }
        catch (Exception ex) when (ex is CryptographicException or JsonException or FormatException)
        {
            return null;
        }

        if (payload is not { V.Length: > 3 } || !payload.V.StartsWith(IdPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(payload.E);
        return time.GetUtcNow() >= expires ? null : new VisitorPass(payload.V, payload.C, expires);
    }

    private sealed record Payload(
        [property: JsonPropertyName("v")] string V,
        [property: JsonPropertyName("c")] string? C,
        [property: JsonPropertyName("e")] long E);
}
