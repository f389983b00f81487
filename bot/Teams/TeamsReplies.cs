using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace LeadBot.Bot.Teams;

/// <summary>Answers to sales in Teams are plain text: a lead's name or company (typed by a prospect) never renders as markdown.</summary>
internal static class TeamsReplies
{
    public static Task ReplyAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        var reply = MessageFactory.Text(text);
        reply.TextFormat = TextFormatTypes.Plain;
        return turnContext.SendActivityAsync(reply, cancellationToken);
    }
}
