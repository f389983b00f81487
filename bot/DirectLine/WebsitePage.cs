using System.Text.Encodings.Web;
using LeadBot.Dialogs.Qualification;

namespace LeadBot.Bot.DirectLine;

/// <summary>
/// The landing page (<c>GET /</c>): the company's name and privacy policy from configuration (Conversation section), Web
/// Chat, and the snippet to embed it elsewhere. German or English from the browser (Accept-Language, then the page
/// script reads navigator.languages), switchable on the page. The chat itself is set up by wwwroot/js/leadbot-chat.js.
/// </summary>
internal static class WebsitePage
{
    /// <param name="forDevelopers">The /embed page: the same page plus the copy-paste snippet for a web developer.
    /// Prospects on / never see it.</param>
    public static IResult Render(HttpContext http, ConversationOptions conversation, BotAddress address, bool forDevelopers = false)
    {
        var language = Language(http.Request, conversation);
        var h = HtmlEncoder.Default;
        var company = h.Encode(conversation.CompanyName);
        var privacy = h.Encode(conversation.PrivacyPolicyUrl);
        // The configured or bound address, never the request's Host header (which the caller chooses).
        var baseUrl = address.BaseUrl;
        var responseDe = h.Encode(conversation.ResponseTime("de"));
        var responseEn = h.Encode(conversation.ResponseTime("en"));
        var de = language == "de";
        string T(string german, string english) => de ? german : english;
        var snippet = h.Encode($"""
            <div id="leadbot-chat" style="height: 560px; max-width: 420px"></div>
            <script src="{baseUrl}/lib/webchat.js" defer></script>
            <script src="{baseUrl}/js/leadbot-chat.js" data-leadbot-bot="{baseUrl}" data-leadbot-target="leadbot-chat" defer></script>
            """);

        var embedSection = forDevelopers ? $$"""
              <section class="embed">
                <h2 data-i18n="embedTitle">{{T("Den Chat auf Ihrer Website einbinden", "Embed the chat on your website")}}</h2>
                <p data-i18n="embedText">{{T("Kopieren Sie diesen Ausschnitt an die Stelle Ihrer Seite, an der der Chat erscheinen soll.", "Copy this snippet where the chat should appear on your page.")}}</p>
                <div class="snippet"><pre><code id="embed-snippet">{{snippet}}</code></pre><button type="button" id="copy-snippet" data-i18n="copy">{{T("Kopieren", "Copy")}}</button></div>
              </section>
            """ : "";

        var html = $$"""
            <!DOCTYPE html>
            <html lang="{{language}}">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{{company}}</title>
              <link rel="icon" href="/favicon.svg" type="image/svg+xml">
              <link rel="stylesheet" href="/css/site.css">
            </head>
            <body data-company="{{company}}" data-response-de="{{responseDe}}" data-response-en="{{responseEn}}">
              <header class="top">
                <div class="brand"><span class="mark" aria-hidden="true">{{h.Encode(Initials(conversation.CompanyName))}}</span><span class="name">{{company}}</span></div>
                <div class="lang" role="group" aria-label="Sprache / Language">
                  <button type="button" data-lang="de" aria-pressed="{{(de ? "true" : "false")}}">DE</button>
                  <button type="button" data-lang="en" aria-pressed="{{(de ? "false" : "true")}}">EN</button>
                </div>
              </header>
              <main class="layout">
                <section class="intro">
                  <p class="eyebrow" data-i18n="eyebrow">{{T("Unverbindlich · etwa zwei Minuten", "No obligation · about two minutes")}}</p>
                  <h1 data-i18n="headline">{{T("Passt unser Angebot zu Ihrem Vorhaben?", "Is our offer a fit for your project?")}}</h1>
                  <p class="lead" data-i18n="lede">{{T("Beantworten Sie ein paar kurze Fragen im Chat. Wir melden uns dann gezielt mit dem, was Sie wirklich brauchen.", "Answer a few short questions in the chat. We will then get back to you with exactly what you need.")}}</p>
                  <ul class="points">
                    <li data-i18n="point1">{{T("Kurze Fragen zu Bedarf, Budget und Zeitplan", "Short questions about need, budget and timeline")}}</li>
                    <li data-i18n="point2">{{T("Ihre Daten speichern wir nur mit Ihrer Einwilligung", "We only store your details with your consent")}}</li>
                    <li data-i18n="point3">{{T("Antwort unseres Vertriebs innerhalb von " + responseDe, "Our sales team replies within " + responseEn)}}</li>
                  </ul>
                  <p class="privacy"><a href="{{privacy}}" rel="noopener" target="_blank" data-i18n="privacy">{{T("Datenschutzerklärung", "Privacy policy")}}</a></p>
                </section>
                <section class="chat" aria-label="Chat">
                  <div id="webchat" class="webchat" role="main"></div>
                  <noscript data-i18n="noscript">{{T("Für den Chat wird JavaScript benötigt.", "The chat needs JavaScript.")}}</noscript>
                </section>
              </main>
              {{embedSection}}<footer class="bottom">
                <span>© {{company}}</span>
                <a href="{{privacy}}" rel="noopener" target="_blank" data-i18n="privacy">{{T("Datenschutzerklärung", "Privacy policy")}}</a>
              </footer>
              <script src="/lib/webchat.js" defer></script>
              <script src="/js/leadbot-chat.js" data-leadbot-bot="" data-leadbot-target="webchat" data-leadbot-page="true" defer></script>
            </body>
            </html>
            """;
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        return Results.Content(html, "text/html; charset=utf-8");
    }

    /// <summary>"de" or "en": the first supported language in Accept-Language, else the configured default.</summary>
    internal static string Language(HttpRequest request, ConversationOptions conversation)
    {
        var accepted = request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value ?? "");
        foreach (var tag in accepted)
        {
            if (tag.StartsWith("de", StringComparison.OrdinalIgnoreCase))
            {
                return "de";
            }

            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return "en";
            }
        }

        return conversation.DefaultLanguage;
    }

    private static string Initials(string company)
    {
        var letters = company.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).Take(2).Select(w => char.ToUpperInvariant(w[0]));
        var initials = string.Concat(letters);
        return initials.Length == 0 ? "?" : initials;
    }
}
