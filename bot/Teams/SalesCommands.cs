using System.Globalization;
using System.Text;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Teams.Cards;
using LeadBot.Bot.Teams.Resources;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Teams;

/// <summary>The sales commands in a channel (with an @mention) or a personal chat: "open leads", "show lead …", "help",
/// in English and German.</summary>
public sealed class SalesCommands(TeamsStore store, LeadQueries queries, LeadCardBuilder cards, ILeadCardViews views, TimeProvider clock, IOptions<TeamsOptions> options)
{
    public async Task OnMessageAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var culture = TeamsMessages.CultureFor(activity.Locale);
        activity.RemoveRecipientMention();
        var command = SalesCommand.Parse(SalesCommand.Normalize(activity.Text));
        if (command.German)
        {
            culture = TeamsMessages.CultureFor("de");
        }

        switch (command.Kind)
        {
            case SalesCommandKind.Help:
                await TeamsReplies.ReplyAsync(turnContext, TeamsMessages.Get("Help", culture), cancellationToken);
                break;
            case SalesCommandKind.OpenLeads:
                await TeamsReplies.ReplyAsync(turnContext, await OpenLeadsTextAsync(culture, cancellationToken), cancellationToken);
                break;
            case SalesCommandKind.ShowLead when string.IsNullOrWhiteSpace(command.Argument):
                await TeamsReplies.ReplyAsync(turnContext, TeamsMessages.Get("ShowLead.Usage", culture), cancellationToken);
                break;
            case SalesCommandKind.ShowLead:
                await ShowLeadAsync(turnContext, command.Argument!, culture, cancellationToken);
                break;
            default:
                await TeamsReplies.ReplyAsync(turnContext, TeamsMessages.Get("Unknown", culture), cancellationToken);
                break;
        }
    }

    /// <summary>How many leads a "show lead" with several matches lists.</summary>
    internal const int MatchesListed = 5;

    /// <summary>The lead by id or exact e-mail; otherwise by part of its name, company or e-mail (at least three
    /// characters): one match shows its card, several are listed so the person can pick one.</summary>
    private async Task ShowLeadAsync(ITurnContext turnContext, string key, CultureInfo culture, CancellationToken cancellationToken)
    {
        var lead = await store.FindLeadAsync(key, cancellationToken);
        if (lead is null && key.Trim().Length < 3)
        {
            await TeamsReplies.ReplyAsync(turnContext, TeamsMessages.Get("ShowLead.TooShort", culture), cancellationToken);
            return;
        }

        if (lead is null)
        {
            var found = await queries.SearchAsync(new LeadSearch { Text = key, PageSize = MatchesListed, IncludeHistory = true }, cancellationToken);
            if (found.Total > 1)
            {
                await TeamsReplies.ReplyAsync(turnContext, SeveralText(key, found, culture), cancellationToken);
                return;
            }

            lead = found.Items.FirstOrDefault();
        }

        if (lead is null)
        {
            await TeamsReplies.ReplyAsync(turnContext, TeamsMessages.Format("ShowLead.NotFound", culture, key), cancellationToken);
            return;
        }

        var view = await views.ViewOfAsync(lead, null, cancellationToken);
        var sent = await turnContext.SendActivityAsync(MessageFactory.Attachment(LeadCardBuilder.ToAttachment(cards.Build(lead, view))), cancellationToken);
        var activity = turnContext.Activity;
        if (!string.IsNullOrEmpty(sent?.Id) && !string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            // Its buttons may act on this lead only (LeadCardActions checks the record).
            await store.RecordShownCardAsync(new ShownLeadCard
            {
                ConversationId = activity.Conversation.Id,
                ActivityId = sent.Id,
                LeadId = lead.Id,
                ServiceUrl = activity.ServiceUrl ?? "",
                ShownAt = clock.GetUtcNow(),
            }, cancellationToken);
        }
    }

    private static string SeveralText(string key, LeadSearchResult found, CultureInfo culture)
    {
        var text = new StringBuilder(TeamsMessages.Format("ShowLead.Several", culture, found.Total, key));
        foreach (var lead in found.Items)
        {
            text.Append('\n').Append(TeamsMessages.Format("ShowLead.Match", culture,
                lead.Name, lead.Company, lead.Email ?? lead.Id.ToString("D"), LeadCardBuilder.StageName(lead.Stage, culture)));
        }

        if (found.Total > found.Items.Count)
        {
            text.Append('\n').Append(TeamsMessages.Format("ShowLead.More", culture, found.Total - found.Items.Count));
        }

        return text.ToString();
    }

    private async Task<string> OpenLeadsTextAsync(CultureInfo culture, CancellationToken cancellationToken)
    {
        var open = await store.GetOpenMqlsAsync(options.Value.OpenLeadsLimit, cancellationToken);
        if (open.Count == 0)
        {
            return TeamsMessages.Get("OpenLeads.None", culture);
        }

        var text = new StringBuilder(TeamsMessages.Format("OpenLeads.Header", culture, open.Count));
        foreach (var lead in open)
        {
            text.Append('\n').Append(TeamsMessages.Format("OpenLeads.Line", culture,
                lead.Name, lead.Company, lead.Score, LeadCardBuilder.When(lead.CreatedAt, culture, cards.Zone), lead.Email ?? "–", lead.Email ?? lead.Id.ToString("D")));
        }

        return text.ToString();
    }
}
