using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LeadBot.Bot.DirectLine;

/// <summary>What the Direct Line endpoints share: error bodies as Direct Line writes them, the bearer token, watermarks,
/// bodies read up to a limit, and the key a client is counted by.</summary>
internal static class DirectLineProtocol
{
    /// <summary>The largest activity a page may post to the local Direct Line. Web Chat's messages are a few hundred
    /// bytes; uploads are not supported.</summary>
    public const int MaxActivityBytes = 32 * 1024;

    public static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);

    public static IResult ConversationNotFound() =>
        Error(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found (unknown or expired).");

    public static IResult Rejected(TokenRejection rejection) => rejection switch
    {
        TokenRejection.Missing => Error(StatusCodes.Status401Unauthorized, "Unauthorized", "A Direct Line token is required (Authorization: Bearer)."),
        TokenRejection.Expired => Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired."),
        TokenRejection.WrongConversation => Error(StatusCodes.Status403Forbidden, "Forbidden", "The token is not valid for this conversation."),
        _ => Error(StatusCodes.Status403Forbidden, "Forbidden", "The token is not valid."),
    };

    public static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
    }

    public static long? ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static bool IsLocale(string? locale) =>
        locale is { Length: >= 2 and <= 35 } && locale.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    /// <summary>The client a request counts against: its IP address, an IPv6 address by its /64 network (one host
    /// usually holds a whole /64).</summary>
    public static string ClientKey(HttpContext http)
    {
        var address = http.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            address = new IPAddress(bytes);
        }

        return address.ToString();
    }

    /// <summary>The body as a JSON object; null when empty or not an object; <paramref name="tooLarge"/> when it exceeds
    /// <paramref name="limit"/> bytes.</summary>
    public static async Task<(JObject? Body, bool TooLarge)> ReadJsonAsync(HttpRequest request, int limit = 4 * 1024)
    {
        var text = await ReadLimitedAsync(request, limit).ConfigureAwait(false);
        if (text is null)
        {
            return (null, true);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, false);
        }

        try
        {
            return (JToken.Parse(text) as JObject, false);
        }
        catch (JsonException)
        {
            return (null, false);
        }
    }

    public static async Task<(Activity? Activity, IResult? Problem)> ReadActivityAsync(HttpRequest request)
    {
        var text = await ReadLimitedAsync(request, MaxActivityBytes).ConfigureAwait(false);
        if (text is null)
        {
            return (null, Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig",
                string.Create(CultureInfo.InvariantCulture, $"The activity is larger than {MaxActivityBytes / 1024} KB.")));
        }

        try
        {
            var activity = JsonConvert.DeserializeObject<Activity>(text, LocalConversations.Json);
            return activity is null
                ? (null, Error(StatusCodes.Status400BadRequest, "BadArgument", "The body must be an activity."))
                : (activity, null);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or FormatException or InvalidCastException)
        {
            return (null, Error(StatusCodes.Status400BadRequest, "BadArgument", "The body is not a valid activity."));
        }
    }

    /// <summary>The body as text, or null when it exceeds <paramref name="limit"/> bytes (read no further than that).</summary>
    private static async Task<string?> ReadLimitedAsync(HttpRequest request, int limit)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
