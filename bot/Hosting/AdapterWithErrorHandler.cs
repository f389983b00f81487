using System.Security.Cryptography;
using System.Text;
using LeadBot.Bot.Hosting.Resources;
using LeadBot.Bot.Turns;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace LeadBot.Bot.Hosting;

/// <summary>
/// The CloudAdapter with the error handler every bot needs. On an unhandled exception in a turn it logs what helps an
/// operator (exception type and stack, activity id, a hash of the conversation id; never text, names or e-mails), tells
/// the user in their language, and sends a trace for the Emulator. The conversation state is not deleted: the failing
/// turn's changes are simply not saved, so the next message continues at the same question.
/// </summary>
public sealed class AdapterWithErrorHandler : CloudAdapter
{
    public AdapterWithErrorHandler(BotFrameworkAuthentication auth, ILogger<AdapterWithErrorHandler> logger)
        : base(auth, logger)
    {
        OnTurnError = (turnContext, exception) => HandleTurnErrorAsync(turnContext, exception, logger);
    }

    /// <summary>Authenticates an activity that <see cref="MessagesEndpoint"/> has read and checked (the Authorization header
    /// against the Bot Framework) and runs its turn; throws <see cref="UnauthorizedAccessException"/> for a bad token.</summary>
    internal Task<InvokeResponse> ProcessCheckedActivityAsync(string authHeader, Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ProcessActivityAsync(authHeader, activity, callback, cancellationToken);

    internal static string HashConversationId(string? conversationId)
    {
        if (string.IsNullOrEmpty(conversationId))
        {
            return "-";
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(conversationId));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }

    /// <summary>Direct Line and the Emulator build activity ids as "conversationId|sequence": keep only the sequence.</summary>
    internal static string DescribeActivityId(string? activityId)
    {
        if (string.IsNullOrEmpty(activityId))
        {
            return "-";
        }

        var bar = activityId.LastIndexOf('|');
        return bar >= 0 ? "…|" + activityId[(bar + 1)..] : activityId;
    }

    private static async Task HandleTurnErrorAsync(ITurnContext turnContext, Exception exception, ILogger logger)
    {
        if (exception is ReplyDeliveryException or TurnAbortedException)
        {
            // Not a failure of the turn: the endpoint answers the channel (503, so it redelivers) or nobody.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(exception);
        }

        var activity = turnContext.Activity;
        // The message of an exception may quote user input; log type and stack only.
        logger.LogError(
            "Unhandled {ExceptionType} in turn: activity {ActivityId} ({ActivityType}) of conversation #{ConversationHash} on {ChannelId}. Stack: {StackTrace}",
            exception.GetType().FullName,
            DescribeActivityId(activity?.Id),
            activity?.Type,
            HashConversationId(activity?.Conversation?.Id),
            activity?.ChannelId,
            exception.StackTrace);

        if (activity?.Conversation is null || string.IsNullOrEmpty(activity.ServiceUrl))
        {
            return;
        }

        try
        {
            var culture = HostMessages.CultureFor(activity.Locale);
            var reply = MessageFactory.Text($"{HostMessages.TurnErrorApology(culture)} {HostMessages.TurnErrorRetry(culture)}");
            reply.Locale = culture.Name;
            await turnContext.SendActivityAsync(reply).ConfigureAwait(false);
            // Trace activities reach the Emulator only; the type, never the message.
            var trace = Activity.CreateTraceActivity("OnTurnError Trace", "https://www.botframework.com/schemas/error", exception.GetType().FullName, "TurnError");
            await turnContext.SendActivityAsync(trace).ConfigureAwait(false);
        }
        catch (Exception sendFailure)
        {
            logger.LogError("Could not tell conversation #{ConversationHash} about the error: {ExceptionType}",
                HashConversationId(activity.Conversation.Id), sendFailure.GetType().FullName);
        }
    }
}
