using System.Security.Claims;
using System.Security.Principal;
using LeadBot.Dialogs.Qualification;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.DirectLine;

/// <summary>
/// Tells the dialogs, for every turn, whether the user id is one the bot issued (<see cref="VisitorIdentity"/> in the
/// turn state). Proven are:
/// <list type="bullet">
/// <item>local Direct Line turns, whose identity <see cref="LocalTurns"/> created in-process with the visitor id bound to
/// the conversation's token;</item>
/// <item>Azure Direct Line turns (DirectLine:Secret set) that the Bot Framework authenticated for this bot's app id,
/// from a <c>dl_</c> user: only the token endpoint, which holds the secret, issues those ids, and Direct Line's enhanced
/// authentication (which the deployment turns on) makes every activity carry the id its token was generated for.</item>
/// </list>
/// Everything else (the Emulator, any unauthenticated caller of /api/messages) is merely asserted.
/// </summary>
public sealed class VisitorIdentityMiddleware(IOptions<DirectLineOptions> options) : Microsoft.Bot.Builder.IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var userId = turnContext.Activity?.From?.Id;
        if (!string.IsNullOrEmpty(userId))
        {
            turnContext.TurnState.Set(IsProven(turnContext, userId) ? VisitorIdentity.Proven(userId) : VisitorIdentity.Asserted(userId));
        }

        return next(cancellationToken);
    }

    private bool IsProven(ITurnContext turnContext, string userId)
    {
        if (turnContext.TurnState.Get<IIdentity>(BotAdapter.BotIdentityKey) is not ClaimsIdentity identity)
        {
            return false;
        }

        if (identity.AuthenticationType == LocalTurns.AuthenticationType)
        {
            return identity.FindFirst(LocalTurns.VisitorClaim)?.Value == userId;
        }

        var o = options.Value;
        return o.Mode == DirectLineMode.Azure
            && !string.IsNullOrWhiteSpace(o.MicrosoftAppId)
            && turnContext.Activity.ChannelId == LocalDirectLineRoutes.ChannelId
            && userId.StartsWith(VisitorPasses.IdPrefix, StringComparison.Ordinal)
            && identity.Claims.Any(c => c.Type == AuthenticationConstants.AudienceClaim && c.Value == o.MicrosoftAppId);
    }
}
