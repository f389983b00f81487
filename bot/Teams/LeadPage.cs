using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using LeadBot.Bot.Security;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Teams.Cards;
using LeadBot.Bot.Teams.Resources;
using LeadBot.Dialogs.Domain;

namespace LeadBot.Bot.Teams;

/// <summary>
/// <c>GET /teams/leads/{id}?t=…</c>: one lead on a page for sales, opened from the card inside Teams (a dialog) with a
/// signed, short-lived link (<see cref="LeadPageLinks"/>): everything the card's details hold, uncut (the whole live
/// chat, the consent text's version), in the card language. No script; the Teams clients may frame it. A missing,
/// forged or expired link gets 403 with a page that says what to do; an erased lead 404.
/// </summary>
public static class LeadPage
{
    public static IEndpointRouteBuilder MapLeadPage(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(LeadPageLinks.RoutePrefix + "/{id:guid}", RenderAsync).WithMetadata(ShownInTeams.Instance);
        return endpoints;
    }

    private static async Task<IResult> RenderAsync(Guid id, string? t, HttpContext http, LeadPageLinks links, EfLeadRepository leads,
        ILeadCardViews views, LeadCardBuilder cards)
    {
        var c = cards.Culture;
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        var check = links.Check(id, t);
        if (check != LinkCheck.Valid)
        {
            var reason = TeamsMessages.Get(check == LinkCheck.Expired ? "Page.Lead.Expired" : "Page.Lead.Invalid", c);
            return Page(c, TeamsMessages.Get("Page.Lead.Refused", c), $"<p>{H(reason)}</p>", StatusCodes.Status403Forbidden);
        }

        var lead = await leads.FindAsync(id, http.RequestAborted);
        if (lead is null)
        {
            return Page(c, TeamsMessages.Get("Page.Lead.Gone", c), $"<p>{H(TeamsMessages.Get("Action.NotFound", c))}</p>", StatusCodes.Status404NotFound);
        }

        var view = await views.ViewOfAsync(lead, null, http.RequestAborted);
        return Page(c, string.IsNullOrWhiteSpace(lead.Name) ? TeamsMessages.Get("Card.NoName", c) : lead.Name, Body(lead, view, cards, c), StatusCodes.Status200OK);
    }

    private static string Body(Lead lead, LeadCardView view, LeadCardBuilder cards, CultureInfo c)
    {
        string T(string key) => TeamsMessages.Get(key, c);
        var html = new StringBuilder();
        html.Append("<p class=\"company\">").Append(H(lead.Company)).Append("</p>");
        html.Append("<p class=\"status\"><strong>").Append(H(LeadCardBuilder.StageName(lead.Stage, c))).Append("</strong> · ")
            .Append(H(TeamsMessages.Format("Card.Score", c, lead.Score)));
        if (!string.IsNullOrWhiteSpace(lead.Owner))
        {
            html.Append(" · ").Append(H(TeamsMessages.Format("Page.Lead.Owner", c, lead.Owner)));
        }

        html.Append("</p>");
        if (view.ChatWith is not null || view.ChatRequested || view.ProspectOnline)
        {
            var presence = view.ChatWith is { } person ? TeamsMessages.Format("Presence.Chatting", c, person)
                : view.ChatRequested ? T("Presence.Requested") : T("Presence.Online");
            html.Append("<p class=\"presence\">● ").Append(H(presence)).Append("</p>");
        }

        var contact = new List<(string, string)>();
        if (LeadCardBuilder.MailTo(lead.Email) is { } mailto)
        {
            contact.Add((T("Card.Email"), $"<a href=\"{H(mailto)}\">{H(lead.Email!)}</a>"));
        }

        if (LeadCardBuilder.Tel(lead.Phone) is { } tel)
        {
            contact.Add((T("Card.Phone"), $"<a href=\"{H(tel)}\">{H(lead.PhoneDisplay ?? lead.Phone!)}</a>"));
        }

        if (cards.CrmUrl(lead) is { } crm)
        {
            contact.Add((T("Card.OpenCrm"), $"<a href=\"{H(crm)}\" rel=\"noopener\" target=\"_blank\">{H(crm)}</a>"));
        }

        Section(html, T("Card.Contact"), contact);
        Section(html, T("Card.Answers"),
        [
            (T("Card.Need"), Text(LeadCardBuilder.Need(lead), c)),
            (T("Card.Role"), Text(lead.AuthorityText ?? lead.AuthorityKey, c)),
            (T("Card.Budget"), Text(LeadCardBuilder.Budget(lead, c), c)),
            (T("Card.Timeline"), Text(LeadCardBuilder.Timeline(lead, c), c)),
        ]);
        Section(html, TeamsMessages.Format("Card.Score", c, lead.Score), lead.ScoreBreakdown
            .Select(i => (TeamsMessages.Format("Card.ScoreRow", c, LeadCardBuilder.CriterionName(i.Criterion, c), i.Points, i.MaxPoints), H((i.Met ? "✓ " : "✗ ") + i.Reason)))
            .ToList());
        Section(html, T("Card.Consent"),
        [
            (T("Card.ConsentGiven"), lead.Consent.GivenAt == default ? H(T("Card.NotGiven"))
                : H(TeamsMessages.Format("Card.ConsentWhere", c, LeadCardBuilder.When(lead.Consent.GivenAt, c, cards.Zone),
                    LeadCardBuilder.ChannelName(lead.Consent.ChannelId, c), LeadCardBuilder.LanguageName(lead.Consent.Locale, c)))),
            (T("Page.Lead.ConsentVersion"), Text(lead.Consent.TextVersion, c)),
        ]);
        Section(html, T("Card.Source"),
        [
            (T("Card.SourceChannel"), H(LeadCardBuilder.ChannelName(lead.Source.ChannelId, c))),
            (T("Card.SourcePage"), Text(lead.Source.PageUrl, c)),
            (T("Card.SourceCampaign"), Text(lead.Source.Campaign, c)),
            (T("Card.SourceReferrer"), Text(lead.Source.Referrer, c)),
        ]);
        Section(html, T("Card.History"), LeadCardBuilder.HistoryRows(lead, c, cards.Zone).Select(h => (h.When, H(h.Text))).ToList());
        if (view.Transcript.Count > 0)
        {
            Section(html, T("Card.LiveChat"), view.Transcript.Select(l => (LeadCardBuilder.ChatLabel(l, c), H(l.Text))).ToList());
        }

        return html.ToString();
    }

    private static void Section(StringBuilder html, string title, IReadOnlyList<(string Label, string Html)> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        html.Append("<section><h2>").Append(H(title)).Append("</h2><dl>");
        foreach (var (label, value) in rows)
        {
            html.Append("<dt>").Append(H(label)).Append("</dt><dd>").Append(value).Append("</dd>");
        }

        html.Append("</dl></section>");
    }

    private static string Text(string? value, CultureInfo c) => H(string.IsNullOrWhiteSpace(value) ? TeamsMessages.Get("Card.NotGiven", c) : value);

    private static string H(string value) => HtmlEncoder.Default.Encode(value);

    private static IResult Page(CultureInfo c, string title, string body, int status)
    {
        var html = $$"""
            <!DOCTYPE html>
            <html lang="{{c.TwoLetterISOLanguageName}}">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <meta name="robots" content="noindex">
              <title>{{H(title)}}</title>
              <link rel="icon" href="/favicon.svg" type="image/svg+xml">
              <style>
                body { margin: 0; font-family: "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif; color: #242424; background: #fff; }
                main { max-width: 760px; margin: 0 auto; padding: 16px 20px 32px; }
                h1 { font-size: 1.5rem; margin: 8px 0 4px; overflow-wrap: anywhere; }
                h2 { font-size: 1rem; margin: 24px 0 8px; padding-top: 12px; border-top: 1px solid #e0e0e0; }
                .company { margin: 0 0 8px; color: #616161; overflow-wrap: anywhere; }
                .status, .presence { margin: 4px 0; }
                .presence { color: #237b4b; font-weight: 600; }
                dl { display: grid; grid-template-columns: minmax(96px, 30%) 1fr; gap: 6px 16px; margin: 0; }
                dt { color: #616161; }
                dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
                a { color: #4f52b2; }
              </style>
            </head>
            <body>
              <main>
                <h1>{{H(title)}}</h1>
                {{body}}
              </main>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
    }
}
