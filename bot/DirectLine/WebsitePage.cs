using System.Text.Encodings.Web;
using System.Text.Json;
using LeadBot.Bot.DirectLine.Resources;
using LeadBot.Dialogs.Qualification;

namespace LeadBot.Bot.DirectLine;

/// <summary>
/// The landing page (<c>GET /</c>): the company's name and privacy policy from configuration, a short pitch and the chat
/// inline (the same widget every other site embeds, <c>/leadbot.js</c> with <c>data-mode="inline"</c>). German or English
/// from Accept-Language; the page's switch changes the page and the chat together (wwwroot/js/site.js).
/// <c>GET /embed</c> is the same page plus the snippets for a web developer, with the bot's own address filled in.
/// </summary>
internal static class WebsitePage
{
    private static readonly string[] PageKeys =
        ["Eyebrow", "Headline", "Lede", "Point1", "Point2", "Point3", "Privacy", "NoScript", "EmbedTitle", "EmbedText",
         "EmbedInlineTitle", "EmbedInlineText", "EmbedOrigin", "Copy", "Copied", "Language"];

    public static IResult Render(HttpContext http, ConversationOptions conversation, BotAddress address, bool forDevelopers = false)
    {
        var language = Language(http.Request, conversation);
        var h = HtmlEncoder.Default;
        string T(string key) => h.Encode(WebsiteTexts.Get(key, language));
        var company = h.Encode(conversation.CompanyName);
        var privacy = h.Encode(conversation.PrivacyPolicyUrl);
        // The configured or bound address, never the request's Host header (which the caller chooses).
        var baseUrl = address.BaseUrl;
        var launcherSnippet = h.Encode($"""<script src="{baseUrl}/leadbot.js" async></script>""");
        var inlineSnippet = h.Encode($"""
            <div id="leadbot-chat" style="height: 640px"></div>
            <script src="{baseUrl}/leadbot.js" data-mode="inline" data-target="leadbot-chat" async></script>
            """);
        var texts = JsonSerializer.Serialize(new[] { "de", "en" }.ToDictionary(l => l, l => PageKeys.ToDictionary(k => k, k => k == "Point3"
            ? WebsiteTexts.Get(k, l).Replace("{0}", conversation.ResponseTime(l), StringComparison.Ordinal)
            : WebsiteTexts.Get(k, l))));

        var embedSection = forDevelopers ? $$"""
              <section class="embed" aria-labelledby="embed-title">
                <h2 id="embed-title" data-i18n="EmbedTitle">{{T("EmbedTitle")}}</h2>
                <p data-i18n="EmbedText">{{T("EmbedText")}}</p>
                <div class="snippet"><pre tabindex="0" aria-label="Snippet"><code id="embed-snippet">{{launcherSnippet}}</code></pre><button type="button" class="copy" data-copy="embed-snippet" data-i18n="Copy">{{T("Copy")}}</button></div>
                <h3 data-i18n="EmbedInlineTitle">{{T("EmbedInlineTitle")}}</h3>
                <p data-i18n="EmbedInlineText">{{T("EmbedInlineText")}}</p>
                <div class="snippet"><pre tabindex="0" aria-label="Snippet (inline)"><code id="embed-inline-snippet">{{inlineSnippet}}</code></pre><button type="button" class="copy" data-copy="embed-inline-snippet" data-i18n="Copy">{{T("Copy")}}</button></div>
                <p data-i18n="EmbedOrigin">{{T("EmbedOrigin")}}</p>
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
              <script type="application/json" id="page-texts">{{texts}}</script>
            </head>
            <body>
              <header class="top">
                <div class="brand"><span class="mark" aria-hidden="true">{{h.Encode(Initials(conversation.CompanyName))}}</span><span class="name">{{company}}</span></div>
                <div class="lang" role="group" aria-label="{{T("Language")}}" data-i18n-label="Language">
                  <button type="button" data-lang="de" lang="de" aria-pressed="{{(language == "de" ? "true" : "false")}}">DE</button>
                  <button type="button" data-lang="en" lang="en" aria-pressed="{{(language == "en" ? "true" : "false")}}">EN</button>
                </div>
              </header>
              <main class="layout">
                <section class="intro" aria-labelledby="headline">
                  <p class="eyebrow" data-i18n="Eyebrow">{{T("Eyebrow")}}</p>
                  <h1 id="headline" data-i18n="Headline">{{T("Headline")}}</h1>
                  <p class="lead" data-i18n="Lede">{{T("Lede")}}</p>
                  <ul class="points">
                    <li data-i18n="Point1">{{T("Point1")}}</li>
                    <li data-i18n="Point2">{{T("Point2")}}</li>
                    <li data-i18n="Point3">{{h.Encode(WebsiteTexts.Get("Point3", language).Replace("{0}", conversation.ResponseTime(language), StringComparison.Ordinal))}}</li>
                  </ul>
                </section>
                <div class="chat" id="leadbot-chat">
                  <noscript data-i18n="NoScript">{{T("NoScript")}}</noscript>
                </div>
              </main>
              {{embedSection}}<footer class="bottom">
                <span>© {{company}}</span>
                <a href="{{privacy}}" rel="noopener" target="_blank" data-i18n="Privacy">{{T("Privacy")}}</a>
              </footer>
              <script src="/js/site.js" defer></script>
              <script src="/leadbot.js" data-mode="inline" data-target="leadbot-chat" data-page="true" data-language="{{language}}" async></script>
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
