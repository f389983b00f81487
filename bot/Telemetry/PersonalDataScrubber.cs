using System.Diagnostics;
using OpenTelemetry;

namespace LeadBot.Bot.Telemetry;

/// <summary>
/// Runs on every span before any exporter sees it and removes what could identify a person or quote one: the client's
/// IP address and user agent, query strings (the privacy API takes an e-mail address there), and the conversation and
/// activity ids in Bot Connector and Direct Line URLs (replaced by <c>{id}</c>; the turn span carries the hashed id).
/// </summary>
internal sealed class PersonalDataScrubber : BaseProcessor<Activity>
{
    private static readonly string[] Removed =
    [
        "client.address", "client.port", "network.peer.address", "network.peer.port", "user_agent.original",
        "url.query", "http.client_ip", "enduser.id",
    ];

    private static readonly string[] Urls = ["url.full", "url.path", "http.url", "http.target"];

    public override void OnEnd(Activity data)
    {
        foreach (var tag in Removed)
        {
            if (data.GetTagItem(tag) is not null)
            {
                data.SetTag(tag, null);
            }
        }

        foreach (var tag in Urls)
        {
            if (data.GetTagItem(tag) is string url)
            {
                data.SetTag(tag, Scrub(url));
            }
        }

        if (data.DisplayName.Contains('/', StringComparison.Ordinal))
        {
            data.DisplayName = Scrub(data.DisplayName);
        }
    }

    private static readonly HashSet<string> Collections = new(StringComparer.OrdinalIgnoreCase)
    {
        "conversations", "activities", "users", "members", "attachments", "stream", "streams",
    };

    /// <summary>The URL without query or fragment, and with the path segment after "conversations", "activities",
    /// "users", "members", "attachments" or "stream(s)" replaced by {id}.</summary>
    internal static string Scrub(string url)
    {
        var end = url.IndexOfAny(['?', '#']);
        var path = end >= 0 ? url[..end] : url;
        var segments = path.Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            if (Collections.Contains(segments[i - 1]) && segments[i].Length > 0 && !Collections.Contains(segments[i]))
            {
                segments[i] = "{id}";
            }
        }

        return string.Join('/', segments);
    }
}
