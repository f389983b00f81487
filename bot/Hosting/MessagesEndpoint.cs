using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using LeadBot.Bot.Security;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Hosting;

/// <summary>
/// <c>POST /api/messages</c>. Anything that is not an activity the bot can work with gets a 4xx with a short problem,
/// never a 500 and never a turn: a body that is not JSON (415 for another content type, 413 beyond the body limit),
/// not an object, without type, conversation id or serviceUrl, with ids longer than any channel uses, text that is not
/// valid UTF-16, a timestamp that is no instant, or a field the Bot Framework schema cannot read. Without a
/// MicrosoftAppId a serviceUrl outside <see cref="ServiceUrlPolicy"/> is refused (403) before the bot would post to it.
/// Then the adapter authenticates the activity (401 without a valid Bot Framework token when an app id is configured,
/// logged in one line) and runs the turn.
/// </summary>
internal static class MessagesEndpoint
{
    public const string Route = "/api/messages";

    /// <summary>Longest ids accepted: far above what channels send, below what the database and the logs should carry.</summary>
    internal const int MaxIdLength = 256;

    internal const int MaxConversationIdLength = 512;

    internal const int MaxServiceUrlLength = 1024;

    private const int MaxShortFieldLength = 64;

    public static async Task<IResult> HandleAsync(
        HttpContext http,
        AdapterWithErrorHandler adapter,
        IBot bot,
        ServiceUrlPolicy serviceUrls,
        IOptions<SecurityOptions> security,
        ILoggerFactory loggers)
    {
        var request = http.Request;
        var cancellationToken = http.RequestAborted;
        if (!IsJson(request.ContentType))
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                detail: "An activity is sent as application/json.");
        }

        request.EnableBuffering();
        string? problem;
        try
        {
            problem = await ValidateAsync(request.Body, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (RequestBodyLimits.IsTooLarge(exception))
        {
            return RequestBodyLimits.TooLarge(http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize
                                              ?? security.Value.MaxRequestBodyBytes);
        }

        if (problem is not null)
        {
            return Malformed(problem);
        }

        request.Body.Position = 0;
        Activity? activity;
        try
        {
            activity = Read(request.Body);
        }
        catch (Exception exception) when (exception is Newtonsoft.Json.JsonException or ArgumentException or FormatException or OverflowException)
        {
            // A field the Bot Framework schema cannot read (e.g. "timestamp": "yesterday", "attachments": 5).
            return Malformed("The body is not a valid Bot Framework activity.");
        }
        catch (Turns.ReplyDeliveryException undelivered) when (!http.Response.HasStarted)
        {
            // The turn is committed but its replies did not reach the channel: not acknowledged, so the channel
            // redelivers the activity and the redelivery sends them.
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling((undelivered.RetryAfter ?? TimeSpan.FromSeconds(1)).TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Problem(detail: "The replies could not be delivered yet.", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Replies not delivered");
        }
        catch (Turns.TurnAbortedException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away: nothing was committed, and nobody waits for an answer.
            return Results.Empty;
        }

        if (activity is null)
        {
            return Malformed("The body is not a valid Bot Framework activity.");
        }

        if (!serviceUrls.IsAllowed(activity.ServiceUrl))
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "serviceUrl not allowed",
                detail: "Without a MicrosoftAppId the bot only answers at a loopback serviceUrl, Bot:PublicBaseUrl or Security:AllowedServiceUrls.");
        }

        InvokeResponse? invokeResponse;
        try
        {
            invokeResponse = await adapter.ProcessCheckedActivityAsync(request.Headers.Authorization.ToString(), activity, bot.OnTurnAsync, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (UnauthorizedAccessException)
        {
            // Anyone can knock: one line, no stack trace, nothing the caller chose beyond the channel's name.
            loggers.CreateLogger(typeof(MessagesEndpoint).FullName!).LogWarning(
                "Refused an activity on {ChannelId} without a valid Bot Framework token (401).", LogValues.Id(activity.ChannelId));
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
                detail: "A valid Bot Framework token is required.");
        }

        if (invokeResponse?.Status == StatusCodes.Status501NotImplemented)
        {
            // The bot answers no such invoke: the caller asked for something that is not there, the bot did not fail.
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unsupported invoke",
                detail: "The bot does not handle this invoke activity.");
        }

        await HttpHelper.WriteResponseAsync(http.Response, invokeResponse).ConfigureAwait(false);
        return Results.Empty;
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && media.MediaType is { } type
        && (string.Equals(type, "application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase))
        && (media.CharSet is null || string.Equals(media.CharSet.Trim('"'), "utf-8", StringComparison.OrdinalIgnoreCase));

    /// <summary>The activity as the adapter itself would read it (Bot Builder's serializer settings).</summary>
    private static Activity? Read(Stream body)
    {
        using var reader = new Newtonsoft.Json.JsonTextReader(new StreamReader(body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true));
        return HttpHelper.BotMessageSerializer.Deserialize<Activity>(reader);
    }

    /// <summary>Returns null when the body looks like a usable activity, otherwise what is wrong.</summary>
    internal static async Task<string?> ValidateAsync(Stream body, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(body, default, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return "The body is not JSON (or nested deeper than 64 levels).";
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return "The body must be a JSON object (an activity).";
            }

            if (FirstInvalidText(root) is { } path)
            {
                return $"The activity has text that is not valid Unicode or contains a NUL character (at {path}).";
            }

            if (!TryGetString(root, "type", out var type) || string.IsNullOrWhiteSpace(type))
            {
                return "The activity has no 'type'.";
            }

            // Every activity a channel sends carries both; without them the bot can neither keep state nor answer.
            if (!root.TryGetProperty("conversation", out var conversation) || conversation.ValueKind != JsonValueKind.Object
                || !TryGetString(conversation, "id", out var conversationId) || string.IsNullOrWhiteSpace(conversationId))
            {
                return "The activity has no 'conversation.id'.";
            }

            if (!TryGetString(root, "serviceUrl", out var serviceUrl) || string.IsNullOrWhiteSpace(serviceUrl))
            {
                return "The activity has no 'serviceUrl'.";
            }

            if (serviceUrl!.Length > MaxServiceUrlLength
                || !Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                return "The activity's 'serviceUrl' is not an absolute http(s) URL.";
            }

            if (type!.Length > MaxShortFieldLength)
            {
                return $"The activity's 'type' is longer than {MaxShortFieldLength} characters.";
            }

            if (conversationId!.Length > MaxConversationIdLength)
            {
                return $"The activity's 'conversation.id' is longer than {MaxConversationIdLength} characters.";
            }

            if ((OptionalString(root, "id", MaxIdLength) ?? OptionalString(root, "replyToId", MaxIdLength)
                 ?? OptionalString(root, "channelId", MaxShortFieldLength) ?? OptionalString(root, "locale", MaxShortFieldLength)
                 ?? OptionalString(root, "name", MaxIdLength)
                 ?? OptionalAccountId(root, "from") ?? OptionalAccountId(root, "recipient")) is { } field)
            {
                return field;
            }

            foreach (var name in (ReadOnlySpan<string>)["timestamp", "localTimestamp", "expiration"])
            {
                if (root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
                    && (value.ValueKind != JsonValueKind.String || !value.TryGetDateTimeOffset(out _)))
                {
                    return $"The activity's '{name}' is not an ISO 8601 instant.";
                }
            }
        }

        return null;
    }

    /// <summary>The path of the first property name or string that is not valid UTF-16 (a lone surrogate written as
    /// \ud800), which .NET cannot turn into a string, or that holds a NUL character, which PostgreSQL cannot store;
    /// null when there is none.</summary>
    private static string? FirstInvalidText(JsonElement element, string path = "$")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = property.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        return path;
                    }

                    if (name.Contains('\0', StringComparison.Ordinal))
                    {
                        return path;
                    }

                    if (FirstInvalidText(property.Value, path + "." + (name.Length > 32 ? name[..32] : name)) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FirstInvalidText(item, $"{path}[{index++}]") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.String:
                try
                {
                    return element.GetString()!.Contains('\0', StringComparison.Ordinal) ? path : null;
                }
                catch (InvalidOperationException)
                {
                    return path;
                }

            default:
                return null;
        }
    }

    private static string? OptionalString(JsonElement element, string name, int maxLength, string? prefix = null)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return $"The activity's '{prefix}{name}' must be a string.";
        }

        return value.GetString()!.Length > maxLength ? $"The activity's '{prefix}{name}' is longer than {maxLength} characters." : null;
    }

    private static string? OptionalAccountId(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var account) || account.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return account.ValueKind != JsonValueKind.Object
            ? $"The activity's '{name}' must be an object."
            : OptionalString(account, "id", MaxIdLength, name + ".") ?? OptionalString(account, "name", MaxIdLength, name + ".");
    }

    private static bool TryGetString(JsonElement element, string name, out string? value)
    {
        value = null;
        if (element.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String)
        {
            value = property.GetString();
            return true;
        }

        return false;
    }

    private static IResult Malformed(string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Malformed activity");
}
