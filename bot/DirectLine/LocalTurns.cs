using System.Net;
using System.Security.Claims;
using System.Text;
using LeadBot.Bot.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace LeadBot.Bot.DirectLine;

/// <summary>
/// Runs the local Direct Line's turns inside the process: the activity goes through the same adapter (middleware,
/// error handler) and bot as every other channel, and the bot's replies come straight back into the conversation through
/// an in-process connector instead of an HTTP route anyone could call. The turn's identity carries the visitor id the
/// server bound to the conversation's token, which is how the bot knows the id is one it issued.
/// </summary>
public sealed class LocalTurns(BotAdapter adapter, IServiceProvider services, LocalConversations conversations, ILogger<LocalTurns> logger)
{
    /// <summary>The authentication type of a local Direct Line turn's identity; only this class creates it.</summary>
    public const string AuthenticationType = "LeadBot.LocalDirectLine";

    /// <summary>The claim with the visitor id the conversation's token is bound to.</summary>
    public const string VisitorClaim = "leadbot:visitor";

    /// <summary>The serviceUrl the bot's connector is created for; the in-process connector ignores it, nothing is sent
    /// over the network.</summary>
    private static readonly Uri InProcessUri = new("http://local-direct-line.invalid/");

    private readonly ConnectorClient _connector = new(InProcessUri, MicrosoftAppCredentials.Empty,
        new HttpClient(new LocalConnectorHandler(conversations)), disposeHttpClient: true);

    /// <summary>Runs one turn for <paramref name="activity"/>; false when it could not run (the adapter refused it or
    /// the request was aborted). A turn that failed inside the bot still counts: the error handler has answered.</summary>
    public async Task<bool> RunAsync(Activity activity, CancellationToken cancellationToken)
    {
        var identity = new ClaimsIdentity([new Claim(VisitorClaim, activity.From?.Id ?? "")], AuthenticationType);
        var bot = services.GetRequiredService<IBot>();
        try
        {
            await adapter.ContinueConversationAsync(identity, activity, null, (turnContext, token) =>
            {
                // The replies (sent through the turn's connector client) go into the conversation in-process.
                turnContext.TurnState.Set<IConnectorClient>(_connector);
                return bot.OnTurnAsync(turnContext, token);
            }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or HttpRequestException or OperationCanceledException or InvalidOperationException or Microsoft.Rest.HttpOperationException)
        {
            logger.LogWarning("Local Direct Line: activity {ActivityType} of conversation #{ConversationHash} was not processed: {ExceptionType}",
                activity.Type, AdapterWithErrorHandler.HashConversationId(activity.Conversation?.Id), ex.GetType().FullName);
            return false;
        }
    }
}

/// <summary>
/// The Bot Connector routes the bot's replies use (<c>POST …/v3/conversations/{id}/activities[/{replyToId}]</c>,
/// <c>PUT</c> and <c>DELETE …/activities/{id}</c>), answered in-process from the connector client's own requests.
/// </summary>
internal sealed class LocalConnectorHandler(LocalConversations conversations) : HttpMessageHandler
{
    internal static readonly ChannelAccount Bot = new("leadbot", "LeadBot", RoleTypes.Bot);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var segments = request.RequestUri!.AbsolutePath.Trim('/').Split('/').Select(Uri.UnescapeDataString).ToArray();
        if (segments.Length is < 4 or > 5 || segments[0] != "v3" || segments[1] != "conversations" || segments[3] != "activities")
        {
            return Answer(HttpStatusCode.NotFound, new { error = new { code = "NotFound", message = "Not a connector route." } });
        }

        var conversation = conversations.Find(segments[2]);
        if (conversation is null)
        {
            return Answer(HttpStatusCode.NotFound, new { error = new { code = "BadArgument", message = "Conversation not found." } });
        }

        var activityId = segments.Length == 5 ? segments[4] : null;
        if (request.Method == HttpMethod.Delete && activityId is not null)
        {
            return Answer(HttpStatusCode.OK, new { });
        }

        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var activity = JsonConvert.DeserializeObject<Activity>(body, LocalConversations.Json);
        if (activity is null)
        {
            return Answer(HttpStatusCode.BadRequest, new { error = new { code = "BadArgument", message = "The body must be an activity." } });
        }

        activity.From ??= Bot;
        activity.From.Role ??= RoleTypes.Bot;
        activity.ChannelId = LocalDirectLineRoutes.ChannelId;
        if (request.Method == HttpMethod.Put && activityId is not null)
        {
            return conversation.Replace(activityId, activity)
                ? Answer(HttpStatusCode.OK, new ResourceResponse(activityId))
                : Answer(HttpStatusCode.NotFound, new { error = new { code = "BadArgument", message = "Activity not found." } });
        }

        if (request.Method != HttpMethod.Post)
        {
            return Answer(HttpStatusCode.MethodNotAllowed, new { error = new { code = "BadArgument", message = "Not supported." } });
        }

        activity.ReplyToId ??= activityId;
        activity.Id = null;
        activity.Timestamp = null;
        return Answer(HttpStatusCode.OK, new ResourceResponse(conversation.Append(activity)));
    }

    private static HttpResponseMessage Answer(HttpStatusCode status, object body) => new(status)
    {
        Content = new StringContent(JsonConvert.SerializeObject(body), Encoding.UTF8, "application/json"),
    };
}
