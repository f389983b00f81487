using System.Net;
using LeadBot.Bot.Tests.DirectLine;
using LeadBot.Bot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace LeadBot.Bot.Tests.Website;

/// <summary>
/// A company's website on another origin (its own Kestrel on 127.0.0.1, another port): it serves one page with whatever
/// body the test puts in, typically the snippet copied from the bot's /embed page.
/// </summary>
public sealed class HostSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private HostSite(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>scheme://host:port, as a page on this site sends it in the Origin header.</summary>
    public string Origin => Address.GetLeftPart(UriPartial.Authority);

    /// <summary>What the page's body contains (set before a browser loads it).</summary>
    public string Body { get; set; } = "";

    public string Title { get; set; } = "Muster Maschinenbau – Produkte";

    public static async Task<HostSite> StartAsync()
    {
        var app = LocalServer.CreateStandInBuilder().Build();
        HostSite? self = null;
        app.MapGet("/{**path}", (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            return Results.Content($$"""
                <!DOCTYPE html>
                <html lang="de">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>{{WebUtility.HtmlEncode(self!.Title)}}</title>
                  <style>
                    body { margin: 0; font-family: Georgia, serif; color: #222; background: #fbfaf7; }
                    header { padding: 18px 32px; background: #1d2b4f; color: #fff; font-size: 20px; }
                    main { max-width: 760px; margin: 0 auto; padding: 32px; line-height: 1.6; }
                    .card { background: #fff; border: 1px solid #e5e1d8; border-radius: 8px; padding: 20px 24px; margin: 16px 0; }
                  </style>
                </head>
                <body>
                  <header>Muster Maschinenbau</header>
                  <main>
                    <h1>Fräsmaschinen für den Mittelstand</h1>
                    <p>Unsere Maschinen laufen in über 400 Werken. Fragen Sie uns nach Ihrem Projekt.</p>
                    <div class="card"><h2>Baureihe M5</h2><p>Fünf Achsen, 1.200 mm Verfahrweg, Steuerung nach Wahl.</p></div>
                    <div class="card"><h2>Service</h2><p>Wartungsverträge mit 24-Stunden-Reaktionszeit.</p></div>
                    {{self.Body}}
                  </main>
                </body>
                </html>
                """, "text/html; charset=utf-8");
        });
        await app.StartAsync();
        self = new HostSite(app, LocalServer.AddressOf(app));
        return self;
    }

    /// <summary>The snippet a web developer copies from the bot's /embed page (the launcher, or the inline one).</summary>
    public static async Task<string> SnippetFromEmbedPageAsync(WebsiteHost bot, bool inline = false)
    {
        using var http = bot.CreateClient();
        var html = await http.GetStringAsync("embed");
        var id = inline ? "embed-inline-snippet" : "embed-snippet";
        var start = html.IndexOf($"<code id=\"{id}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"/embed has no #{id}");
        start = html.IndexOf('>', start) + 1;
        var end = html.IndexOf("</code>", start, StringComparison.Ordinal);
        return WebUtility.HtmlDecode(html[start..end]);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
