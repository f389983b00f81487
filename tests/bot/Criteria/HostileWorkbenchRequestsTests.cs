using System.Net;
using System.Text;
using LeadBot.Bot.Tests.Support;

namespace LeadBot.Bot.Tests.Criteria;

/// <summary>Malformed and hostile bodies on every changing route of the workbench, the webhook log and the stage
/// endpoint: a clear 4xx, never a 5xx, and nothing stored.</summary>
/// <remarks>No route may store anything, so every route's test shares one host (<see cref="Workbench"/>) and also proves
/// that the other routes stored nothing.</remarks>
public sealed class HostileWorkbenchRequestsTests(HostileWorkbenchRequestsTests.Workbench shared) : IClassFixture<HostileWorkbenchRequestsTests.Workbench>
{
    private readonly HttpClient _client = shared.Client;

    /// <summary>The host with the workbench and a client signed in as sales.</summary>
    public sealed class Workbench : IAsyncLifetime
    {
        public BotHost Host { get; private set; } = null!;

        public HttpClient Client { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Host = await BotHost.StartAsync(settings: CriteriaTestKit.Settings());
            Client = CriteriaTestKit.Client(Host.BaseAddress);
        }

        public async Task DisposeAsync()
        {
            Client.Dispose();
            await Host.StopAsync();
            Host.DeleteDatabase();
        }
    }

    private static IEnumerable<string> Bodies()
    {
        yield return "";
        yield return "null";
        yield return "\"text\"";
        yield return "12";
        yield return "{";
        yield return new string('[', 5000) + new string(']', 5000);
        yield return "{\"policy\": " + new string('[', 200) + new string(']', 200) + "}";
        yield return "{\"policy\": null, \"basedOn\": 1, \"note\": \"x\"}";
        yield return "{\"policy\": {\"Needs\": null}, \"basedOn\": 1, \"note\": \"x\"}";
        yield return "{\"policy\": {\"Budget\": null}, \"basedOn\": 1, \"note\": \"x\"}";
        yield return "{\"policy\": {\"Needs\": [null]}, \"basedOn\": 1, \"note\": \"x\"}";
        yield return "{\"policy\": {\"Needs\": [{\"Key\": \"a\", \"Synonyms\": {\"de\": null}}]}, \"basedOn\": 1, \"note\": \"x\"}";
        yield return "{\"policy\": {\"Needs\": [{\"Key\": \"a\", \"Synonyms\": {\"de\": [null]}}]}, \"basedOn\": 1, \"note\": \"x\"}";
        yield return "{\"policy\": {\"Needs\": [{\"Key\": \"a\", \"Labels\": null}]}, \"basedOn\": 1, \"note\": \"x\"}";
        yield return "{\"policy\": {\"Budget\": {\"ExchangeRates\": {\"USD\": null}}}, \"basedOn\": 1, \"note\": \"x\"}";
        yield return "{\"policy\": {\"MqlThreshold\": 1e400}, \"basedOn\": 1}";
        yield return "{\"policy\": {\"MqlThreshold\": 99999999999}, \"basedOn\": 1}";
        yield return "{\"policy\": {\"Budget\": {\"Minimum\": 1e30}}, \"basedOn\": 1}";
        yield return "{\"policy\": {}, \"basedOn\": \"one\", \"note\": 5}";
        yield return "{\"policy\": {}, \"basedOn\": -1, \"note\": \"\\u0000\"}";
        yield return "{\"from\": \"0001-01-01\", \"to\": \"9999-12-31\", \"policy\": {}}";
        yield return "{\"from\": \"2026-12-01\", \"to\": \"2026-11-01\", \"policy\": {}}";
        yield return "{\"version\": 2147483647, \"confirm\": \"yes\"}";
        yield return "{\"stage\": \"Sql\", \"owner\": \"" + new string('x', 300) + "\"}";
        yield return "{\"stage\": \"Disqualified\", \"reason\": \"" + new string('x', 2000) + "\"}";
        yield return "{\"x\": \"" + new string('a', 300_000) + "\"}";
    }

    public static TheoryData<string> Routes => new()
    {
        "api/criteria/what-if",
        "api/criteria/versions",
        "api/criteria/versions/1/restore",
        "api/criteria/rescore/preview",
        "api/criteria/rescore",
        "api/webhooks/deliveries/1/retry",
        $"api/leads/{Guid.NewGuid()}/stage",
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Hostile_bodies_get_a_4xx_and_change_nothing(string route)
    {
        var failures = new List<string>();
        foreach (var body in Bodies())
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await _client.PostAsync(route, content);
            // The preview only reads (it ignores what it does not know); every other route must refuse these bodies.
            var refused = (int)response.StatusCode is >= 400 and < 500 || (route.EndsWith("/preview", StringComparison.Ordinal) && response.StatusCode == HttpStatusCode.OK);
            if (!refused)
            {
                failures.Add($"{(int)response.StatusCode} for {body[..Math.Min(80, body.Length)]}: {await response.Content.ReadAsStringAsync()}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        var versions = System.Text.Json.Nodes.JsonNode.Parse(await _client.GetStringAsync("api/criteria/versions"))!["versions"]!.AsArray();
        Assert.Single(versions);
    }
}
