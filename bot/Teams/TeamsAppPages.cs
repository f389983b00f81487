using System.Globalization;
using System.Text.Encodings.Web;
using LeadBot.Bot.Teams.Resources;
using LeadBot.Dialogs.Qualification;

namespace LeadBot.Bot.Teams;

/// <summary>
/// <c>GET /privacy</c> and <c>GET /terms</c>: the privacy statement and terms of use the Teams app manifest links to
/// (developer.privacyUrl, developer.termsOfUseUrl) when no other addresses are given to the package build. What the
/// Teams app processes, in German or English (Accept-Language), with the company's own privacy policy linked.
/// </summary>
public static class TeamsAppPages
{
    public static IEndpointRouteBuilder MapTeamsAppPages(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/privacy", (HttpContext http, ConversationOptions conversation) => Render(http, conversation, "Privacy"));
        endpoints.MapGet("/terms", (HttpContext http, ConversationOptions conversation) => Render(http, conversation, "Terms"));
        return endpoints;
    }

    private static IResult Render(HttpContext http, ConversationOptions conversation, string page)
    {
        var culture = CultureOf(http.Request, conversation);
        var h = HtmlEncoder.Default;
        var title = TeamsMessages.Format($"Page.{page}.Title", culture, conversation.CompanyName);
        var paragraphs = TeamsMessages.Format($"Page.{page}.Body", culture, conversation.CompanyName, conversation.SalesContact, conversation.RetentionDays)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => $"<p>{h.Encode(p)}</p>");
        var policy = TeamsMessages.Get("Page.PolicyLink", culture);
        var html = $$"""
            <!DOCTYPE html>
            <html lang="{{culture.TwoLetterISOLanguageName}}">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{{h.Encode(title)}}</title>
              <link rel="icon" href="/favicon.svg" type="image/svg+xml">
              <link rel="stylesheet" href="/css/site.css">
            </head>
            <body>
              <main class="layout">
                <section class="intro">
                  <h1>{{h.Encode(title)}}</h1>
                  {{string.Join("\n      ", paragraphs)}}
                  <p class="privacy"><a href="{{h.Encode(conversation.PrivacyPolicyUrl)}}" rel="noopener">{{h.Encode(policy)}}</a></p>
                </section>
              </main>
            </body>
            </html>
            """;
        http.Response.Headers.CacheControl = "no-cache";
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private static CultureInfo CultureOf(HttpRequest request, ConversationOptions conversation)
    {
        var first = request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value ?? "")
            .FirstOrDefault(l => l.StartsWith("de", StringComparison.OrdinalIgnoreCase) || l.StartsWith("en", StringComparison.OrdinalIgnoreCase));
        return TeamsMessages.CultureFor(first ?? conversation.DefaultLanguage);
    }
}
