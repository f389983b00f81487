using System.Text.Json;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace LeadBot.Bot.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: checks that the body is an activity the adapter can work with (400 with a short problem
/// otherwise, never 500), then hands the request to the adapter, which authenticates it (401 without a valid Bot
/// Framework token when an app id is configured) and runs the turn.
/// </summary>
internal static class MessagesEndpoint
{
    public const string Route = "/api/messages";

    public static async Task<IResult> HandleAsync(HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot)
    {
        var request = http.Request;
        var cancellationToken = http.RequestAborted;
        request.EnableBuffering();

        var problem = await ValidateAsync(request.Body, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return Malformed(problem);
        }

        request.Body.Position = 0;
        try
        {
            await adapter.ProcessAsync(request, http.Response, bot, cancellationToken).ConfigureAwait(false);
        }
        catch (Newtonsoft.Json.JsonException) when (!http.Response.HasStarted)
        {
            // A field the Bot Framework schema cannot read (e.g. "timestamp": "yesterday").
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

        // The adapter has written the response (200, 401, an invoke response...).
        return Results.Empty;
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
            return "The body is not JSON.";
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return "The body must be a JSON object (an activity).";
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

            if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                return "The activity's 'serviceUrl' is not an absolute http(s) URL.";
            }
        }

        return null;
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
