using System.Text.Encodings.Web;
using System.Text.Json;
using LeadBot.Bot.Dashboard.Resources;

namespace LeadBot.Bot.Dashboard;

/// <summary>
/// The dashboard's two HTML pages: the shell (<c>GET /dashboard</c>: header, filter bar, one tab per
/// <see cref="DashboardSection"/>) and the sign-in page. No inline script (the page's CSP is script-src 'self'): the
/// texts and the sections travel as <c>&lt;script type="application/json"&gt;</c> data blocks that
/// /dashboard/dashboard.js reads.
/// </summary>
internal static class DashboardPage
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Data blocks inside <script>: '<', '>' and '&' escaped so no text can close the element.
        Encoder = JavaScriptEncoder.Default,
    };

    /// <summary>"de" or "en": the lang query parameter, else the browser's first supported language, else German.</summary>
    public static string Language(HttpRequest request)
    {
        var asked = request.Query["lang"].ToString();
        if (asked is "de" or "en")
        {
            return asked;
        }

        foreach (var part in request.Headers.AcceptLanguage.ToString().Split(','))
        {
            var tag = part.Split(';')[0].Trim();
            if (tag.StartsWith("de", StringComparison.OrdinalIgnoreCase))
            {
                return "de";
            }

            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return "en";
            }
        }

        return "de";
    }

    public static IResult Shell(string language, DashboardUser user, IEnumerable<DashboardSection> sections)
    {
        var h = HtmlEncoder.Default;
        string T(string key) => h.Encode(DashboardTexts.Get(key, language));
        var ordered = sections.OrderBy(s => s.Order).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        var tabs = string.Concat(ordered.Select((s, i) => $$"""
                  <button type="button" role="tab" id="tab-{{s.Id}}" aria-controls="panel-{{s.Id}}" aria-selected="{{(i == 0 ? "true" : "false")}}" tabindex="{{(i == 0 ? "0" : "-1")}}" data-tab="{{s.Id}}" disabled>{{h.Encode(s.TitleIn(language))}}</button>
            """));
        var panels = string.Concat(ordered.Select((s, i) => $$"""
                <section role="tabpanel" id="panel-{{s.Id}}" aria-labelledby="tab-{{s.Id}}" data-section="{{s.Id}}" tabindex="0"{{(i == 0 ? "" : " hidden")}}>
                  <p class="loading">{{T("Loading")}}</p>
                </section>
            """));
        var styles = string.Concat(ordered.Where(s => s.Style is not null).Select(s => $"""
              <link rel="stylesheet" href="{h.Encode(s.Style!)}">
            """));
        var sectionData = JsonSerializer.Serialize(ordered.Select(s => new { id = s.Id, script = s.Script }), Json);
        var userData = JsonSerializer.Serialize(new { id = user.Id, name = user.Name, signIn = user.SignIn }, Json);
        var texts = JsonSerializer.Serialize(DashboardTexts.All(language), Json);
        var other = language == "de" ? "en" : "de";
        var html = $$"""
            <!DOCTYPE html>
            <html lang="{{language}}">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{{T("PageTitle")}}</title>
              <link rel="icon" href="/favicon.svg" type="image/svg+xml">
              <link rel="stylesheet" href="/dashboard/dashboard.css">
            {{styles}}</head>
            <body>
              <a class="skip" href="#main">{{T("SkipToContent")}}</a>
              <header class="bar">
                <div class="brand"><span class="mark" aria-hidden="true">LB</span><h1>{{T("PageTitle")}}</h1></div>
                <nav class="account" aria-label="{{T("AccountNav")}}">
                  <a class="lang" href="/dashboard?lang={{other}}" lang="{{other}}" hreflang="{{other}}">{{T("OtherLanguage")}}</a>
                  <span class="who" title="{{h.Encode(user.Id)}}">{{h.Encode(user.Name)}}</span>
                  <form method="post" action="/dashboard/signout"><button type="submit" class="link">{{T("SignOut")}}</button></form>
                </nav>
              </header>
              <main id="main">
                <form class="filters" id="filters" role="search" aria-label="{{T("Filters")}}">
                  <div class="field"><label for="f-from">{{T("From")}}</label><input type="date" id="f-from" name="from" required></div>
                  <div class="field"><label for="f-to">{{T("To")}}</label><input type="date" id="f-to" name="to" required></div>
                  <div class="field"><label for="f-channel">{{T("Channel")}}</label><select id="f-channel" name="channel"><option value="">{{T("All")}}</option></select></div>
                  <div class="field"><label for="f-source">{{T("Source")}}</label><select id="f-source" name="source"><option value="">{{T("All")}}</option></select></div>
                  <div class="field"><label for="f-campaign">{{T("Campaign")}}</label><select id="f-campaign" name="campaign"><option value="">{{T("All")}}</option></select></div>
                  <div class="quick" role="group" aria-label="{{T("QuickPeriods")}}">
                    <button type="button" data-days="7">{{T("Last7Days")}}</button>
                    <button type="button" data-days="30">{{T("Last30Days")}}</button>
                    <button type="button" data-days="90">{{T("Last90Days")}}</button>
                  </div>
                </form>
                <div class="tabs" role="tablist" aria-label="{{T("Sections")}}">
            {{tabs}}    </div>
            {{panels}}    <p class="status" id="status" role="status" aria-live="polite"></p>
              </main>
              <script type="application/json" id="dashboard-texts">{{texts}}</script>
              <script type="application/json" id="dashboard-sections">{{sectionData}}</script>
              <script type="application/json" id="dashboard-user">{{userData}}</script>
              <script src="/dashboard/lib/chart.umd.min.js"></script>
              <script type="module" src="/dashboard/dashboard.js"></script>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8");
    }

    /// <param name="error">A text key (DashboardTexts) of the error to show, or null.</param>
    public static IResult SignIn(string language, DashboardOptions options, bool apiKeyUsable, string? error, int status = StatusCodes.Status200OK,
        string? userName = null)
    {
        var h = HtmlEncoder.Default;
        string T(string key) => h.Encode(DashboardTexts.Get(key, language));
        var other = language == "de" ? "en" : "de";
        var parts = new List<string>();
        if (options.UsesEntra)
        {
            parts.Add($"""
                    <a class="button primary" href="/dashboard/signin/entra?lang={language}">{T("SignInWithMicrosoft")}</a>
                """);
        }
        else
        {
            if (options.LocalUsers.Count > 0)
            {
                parts.Add($"""
                        <form method="post" action="/dashboard/signin?lang={language}" class="card">
                          <h2>{T("SignInLocal")}</h2>
                          <input type="hidden" name="method" value="local">
                          <div class="field"><label for="s-name">{T("UserName")}</label><input id="s-name" name="name" autocomplete="username" required value="{h.Encode(userName ?? "")}"></div>
                          <div class="field"><label for="s-password">{T("Password")}</label><input id="s-password" name="password" type="password" autocomplete="current-password" required></div>
                          <button type="submit" class="button primary">{T("SignIn")}</button>
                        </form>
                    """);
            }

            if (options.AllowApiKey && apiKeyUsable)
            {
                parts.Add($"""
                        <form method="post" action="/dashboard/signin?lang={language}" class="card">
                          <h2>{T("SignInApiKey")}</h2>
                          <p>{T("SignInApiKeyHint")}</p>
                          <input type="hidden" name="method" value="key">
                          <div class="field"><label for="k-name">{T("YourName")}</label><input id="k-name" name="name" autocomplete="name" required></div>
                          <div class="field"><label for="k-key">{T("ApiKey")}</label><input id="k-key" name="key" type="password" autocomplete="off" required></div>
                          <button type="submit" class="button">{T("SignIn")}</button>
                        </form>
                    """);
            }

            if (parts.Count == 0)
            {
                parts.Add($"<p class=\"card\">{T("NoSignInConfigured")}</p>");
            }
        }

        var message = error is null ? "" : $"<p class=\"error\" role=\"alert\">{T(error)}</p>";
        var html = $$"""
            <!DOCTYPE html>
            <html lang="{{language}}">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{{T("SignInTitle")}} – {{T("PageTitle")}}</title>
              <link rel="icon" href="/favicon.svg" type="image/svg+xml">
              <link rel="stylesheet" href="/dashboard/dashboard.css">
            </head>
            <body class="signin">
              <header class="bar">
                <div class="brand"><span class="mark" aria-hidden="true">LB</span><span>{{T("PageTitle")}}</span></div>
                <nav class="account" aria-label="{{T("AccountNav")}}"><a class="lang" href="/dashboard/signin?lang={{other}}" lang="{{other}}" hreflang="{{other}}">{{T("OtherLanguage")}}</a></nav>
              </header>
              <main id="main" class="signin-main">
                <h1>{{T("SignInTitle")}}</h1>
                {{message}}
                {{string.Join("\n", parts)}}
              </main>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
