using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LeadBot.Bot.Webhooks;

/// <summary>
/// The signature of a webhook request: header <c>LeadBot-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex&gt;</c>, where the hex is
/// HMAC-SHA256, keyed with the endpoint's secret (UTF-8), of the text <c>&lt;t&gt;.</c> followed by the exact body bytes.
/// Each attempt is signed anew with its own time, so a receiver can refuse old requests (a replay) by the time alone and
/// duplicates by the event id. docs/webhooks.md shows a receiver's check.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "LeadBot-Signature";
    public const string EventIdHeader = "LeadBot-Event-Id";
    public const string EventTypeHeader = "LeadBot-Event-Type";

    /// <summary>How far a receiver should let the signed time differ from its clock (the replay window).</summary>
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    public static string Create(string secret, DateTimeOffset at, ReadOnlySpan<byte> body)
    {
        var timestamp = at.ToUnixTimeSeconds();
        return string.Create(CultureInfo.InvariantCulture, $"t={timestamp},v1={Convert.ToHexStringLower(Mac(secret, timestamp, body))}");
    }

    /// <summary>Whether <paramref name="header"/> is a valid signature of <paramref name="body"/> with
    /// <paramref name="secret"/>, made within <paramref name="tolerance"/> of <paramref name="now"/>. Compares in constant time.</summary>
    public static bool Verify(string? header, string secret, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan tolerance)
    {
        if (string.IsNullOrEmpty(header))
        {
            return false;
        }

        long? timestamp = null;
        var signatures = new List<byte[]>();
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                continue;
            }

            var name = part[..eq];
            var value = part[(eq + 1)..];
            if (name == "t" && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var t))
            {
                timestamp = t;
            }
            else if (name == "v1" && value.Length == 64 && value.All(char.IsAsciiHexDigit))
            {
                signatures.Add(Convert.FromHexString(value));
            }
        }

        if (timestamp is not { } signedAt || signatures.Count == 0
            || Math.Abs(now.ToUnixTimeSeconds() - signedAt) > tolerance.TotalSeconds)
        {
            return false;
        }

        var expected = Mac(secret, signedAt, body);
        var valid = false;
        foreach (var signature in signatures)
        {
            valid |= CryptographicOperations.FixedTimeEquals(signature, expected);
        }

        return valid;
    }

    private static byte[] Mac(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.ASCII.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message);
    }
}
