using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace LeadBot.Bot.Tests.Security;

/// <summary>One generated request: what it is (for the failure message) and how to build it (a fresh message per send).</summary>
public sealed record HostileRequest(string Description, HttpMethod Method, string Path, Func<HttpContent?> Content, string? Authorization = null)
{
    public string? ApiKey { get; init; }

    public HttpRequestMessage Build(Uri baseAddress)
    {
        var request = new HttpRequestMessage(Method, new Uri(baseAddress, Path)) { Content = Content() };
        if (Authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", Authorization);
        }

        if (ApiKey is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Api-Key", ApiKey);
        }

        return request;
    }
}

/// <summary>
/// Generates malformed and hostile requests for the bot's public endpoints from a seed: activities with wrong types,
/// huge and deep JSON, broken Unicode, odd timestamps, injection strings, missing fields, wrong content types, and the
/// same against the local Direct Line (client and connector routes) and the token endpoint. Distinct by construction;
/// the same seed gives the same requests.
/// </summary>
public static class HostileRequests
{
    /// <summary>Prospect text stays short: making recognizers linear for long answers is not what this test is about
    /// (its own tests measure that); everything else may be huge.</summary>
    public const int MaxTextLength = 1000;

    private static readonly string[] Types =
    [
        "message", "conversationUpdate", "event", "invoke", "installationUpdate", "typing", "endOfConversation",
        "deleteUserData", "messageReaction", "messageUpdate", "messageDelete", "contactRelationUpdate", "trace", "handoff",
        "command", "commandResult", "suggestion", "x", "MESSAGE", " message",
    ];

    private static readonly string[] ChannelIds = ["emulator", "msteams", "directline", "webchat", "test", "slack", "", "msteams\n"];

    /// <summary>Values that break parsers, databases, logs, templates and spreadsheets.</summary>
    public static IReadOnlyList<JsonNode?> HostileValues(Random random)
    {
        string Long(int n, char c = 'A') => new(c, n);
        return
        [
            null, 0, -1, 1e308, -1e308, long.MaxValue, 3.14159, true, false,
            "", " ", "\u0000", "\u0000\u0001\u0002", "\r\nX-Injected: 1", "\u202Eevil\u202C", "\u200B\u200C\u200D\uFEFF",
            "💥🔥🙂", "\uD83D", "a\uDC00b", "Ä\u0308", "ǅ", "İı", "ß", "\uFFFF\uFFFE",
            "' OR 1=1 --", "\"; DROP TABLE \"Leads\"; --", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "{{lead.name}}", "{{label.title}}", "${jndi:ldap://x/a}", "../../../../etc/passwd", "%00%0d%0a", "=1+1",
            "＝1+1", "@SUM(A1)", "-2+3+cmd|' /C calc'!A0", "javascript:alert(1)", "file:///etc/passwd",
            "http://169.254.169.254/latest/meta-data/", "\\\\evil\\share", "null", "undefined", "NaN", "[object Object]",
            Long(300), Long(10_000, 'x'), Long(100_000, 'y'), string.Concat(Enumerable.Repeat("\uD83D\uDE00", 5000)),
            new JsonArray(), new JsonArray(1, "a", null, new JsonObject()), new JsonObject(), new JsonObject { ["$type"] = "System.IO.FileInfo, System.IO.FileSystem" },
            Deep(random.Next(10, 60)), Deep(63), Wide(2000),
            "2026-12-02T10:00:00+25:00", "0000-00-00T00:00:00Z", "9999-12-31T23:59:59.9999999+14:00", "0001-01-01T00:00:00-14:00",
            "1970-01-01T00:00:00Z", "yesterday", "2026-02-30T10:00:00Z", "P1D", "10:00", "1e10",
        ];
    }

    private static JsonNode Deep(int depth)
    {
        JsonNode node = "bottom";
        for (var i = 0; i < depth; i++)
        {
            node = i % 2 == 0 ? new JsonArray(node) : new JsonObject { ["d"] = node };
        }

        return node;
    }

    private static JsonObject Wide(int keys)
    {
        var wide = new JsonObject();
        for (var i = 0; i < keys; i++)
        {
            wide["k" + i.ToString(CultureInfo.InvariantCulture)] = i;
        }

        return wide;
    }

    /// <summary>A valid Emulator-style message to <paramref name="serviceUrl"/> in a fresh conversation.</summary>
    public static JsonObject BaseActivity(string serviceUrl, int n, string type = "message")
    {
        var now = DateTimeOffset.UtcNow.ToString("o", CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["type"] = type,
            ["id"] = $"fuzz-{n}|0001",
            ["channelId"] = "emulator",
            ["serviceUrl"] = serviceUrl,
            ["conversation"] = new JsonObject { ["id"] = $"fuzz-{n}" },
            ["from"] = new JsonObject { ["id"] = $"user-{n}", ["name"] = "Fuzz", ["role"] = "user" },
            ["recipient"] = new JsonObject { ["id"] = "bot", ["name"] = "Bot", ["role"] = "bot" },
            ["locale"] = "de-DE",
            ["timestamp"] = now,
            ["text"] = "hallo",
        };
    }

    private static readonly string[] Paths =
    [
        "type", "id", "channelId", "serviceUrl", "conversation", "conversation.id", "conversation.tenantId", "from", "from.id",
        "from.name", "from.aadObjectId", "recipient", "recipient.id", "locale", "timestamp", "localTimestamp", "text",
        "textFormat", "attachments", "entities", "channelData", "channelData.tenant", "channelData.team", "channelData.eventType",
        "value", "name", "replyToId", "membersAdded", "membersRemoved", "deliveryMode", "expiration", "importance", "inputHint",
        "speak", "suggestedActions", "action", "relatesTo", "callerId", "label", "valueType", "localTimezone", "summary",
    ];

    /// <summary>The hostile activities for /api/messages.</summary>
    public static IEnumerable<HostileRequest> Activities(string serviceUrl, Random random)
    {
        var values = HostileValues(random);
        var n = 0;

        // Every field set to every hostile value, on a message, then on another activity type / channel.
        foreach (var path in Paths)
        {
            for (var v = 0; v < values.Count; v++)
            {
                var value = values[v];
                if (path == "text" && value is JsonValue text && text.TryGetValue<string>(out var s) && s.Length > MaxTextLength)
                {
                    continue;
                }

                var id = ++n;
                var type = Types[random.Next(Types.Length)];
                var channel = ChannelIds[random.Next(ChannelIds.Length)];
                var activity = BaseActivity(serviceUrl, id, v % 3 == 0 ? type : "message");
                if (v % 4 == 1)
                {
                    activity["channelId"] = channel;
                }

                Set(activity, path, value?.DeepClone());
                yield return Json($"/api/messages {activity["type"]} {path}={Describe(value)}", activity);
            }
        }

        // Fields removed one at a time, on several types.
        foreach (var path in Paths)
        {
            foreach (var type in new[] { "message", "conversationUpdate", "invoke" })
            {
                var activity = BaseActivity(serviceUrl, ++n, type);
                Remove(activity, path);
                yield return Json($"/api/messages {type} without {path}", activity);
            }
        }

        // Teams-shaped activities with hostile channel data (the sales side), and Web Chat join events.
        foreach (var value in values.Take(40))
        {
            var teams = BaseActivity(serviceUrl, ++n, random.Next(2) == 0 ? "invoke" : "message");
            teams["channelId"] = "msteams";
            teams["name"] = "adaptiveCard/action";
            teams["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = value?.DeepClone() }, ["team"] = new JsonObject { ["id"] = "19:x@thread.tacv2" } };
            teams["value"] = new JsonObject { ["action"] = new JsonObject { ["verb"] = "leadbot.claim", ["data"] = new JsonObject { ["leadbot"] = "claim", ["leadId"] = value?.DeepClone() } } };
            yield return Json($"/api/messages msteams card action {Describe(value)}", teams);

            var join = BaseActivity(serviceUrl, ++n, "event");
            join["name"] = "webchat/join";
            join["value"] = new JsonObject { ["pageUrl"] = value?.DeepClone(), ["referrer"] = value?.DeepClone(), ["utm_campaign"] = value?.DeepClone() };
            yield return Json($"/api/messages webchat/join {Describe(value)}", join);
        }

        // Bodies that are no activity at all.
        string[] raw =
        [
            "", " ", "null", "true", "42", "\"message\"", "[]", "[{}]", "{", "}", "{\"type\":", "{\"type\":\"message\"",
            "{\"type\":\"message\",\"type\":\"event\"}", "{'type':'message'}", "{type:message}", "\uFEFF{}", "{\"a\":1,}",
            "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":01}", "{\"a\":\"\\x41\"}", "{\"a\":\"\\u12\"}", "<xml/>", "type=message",
            new string('[', 100_000), new string('{', 1000),
        ];
        foreach (var body in raw)
        {
            yield return new HostileRequest($"/api/messages raw {Describe(body)}", HttpMethod.Post, "/api/messages",
                () => new StringContent(body, Encoding.UTF8, "application/json"));
        }

        // Bytes that are not UTF-8, UTF-16 bodies, and bodies over the limit.
        var valid = BaseActivity(serviceUrl, ++n).ToJsonString();
        yield return Bytes("/api/messages invalid UTF-8", [.. Encoding.UTF8.GetBytes(valid[..^1]), 0xC3, 0x28, 0xFF, (byte)'}'], "application/json");
        yield return Bytes("/api/messages UTF-16 body", Encoding.Unicode.GetBytes(valid), "application/json");
        yield return Bytes("/api/messages 300 KB", Encoding.UTF8.GetBytes(valid[..^1] + ",\"channelData\":\"" + new string('z', 300 * 1024) + "\"}"), "application/json");
        yield return Bytes("/api/messages 2 MB", new byte[2 * 1024 * 1024], "application/json");

        // The right activity with the wrong content type.
        foreach (var contentType in new[] { "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1", "application/jsonx", "" })
        {
            var activity = BaseActivity(serviceUrl, ++n).ToJsonString();
            yield return new HostileRequest($"/api/messages content type '{contentType}'", HttpMethod.Post, "/api/messages", () =>
            {
                var content = new ByteArrayContent(Encoding.UTF8.GetBytes(activity));
                if (contentType.Length > 0)
                {
                    content.Headers.TryAddWithoutValidation("Content-Type", contentType);
                }

                return content;
            });
        }

        // Other methods, and tokens that are no tokens.
        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch, HttpMethod.Options, HttpMethod.Head })
        {
            yield return new HostileRequest($"{method} /api/messages", method, "/api/messages", () => null);
        }

        foreach (var authorization in new[] { "Bearer", "Bearer ", "Bearer a.b.c", "Basic Zm9vOmJhcg==", "Bearer " + new string('x', 6000), "Bearer eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0." })
        {
            var activity = BaseActivity(serviceUrl, ++n);
            yield return Json($"/api/messages Authorization {Describe(authorization)}", activity, authorization);
        }
    }

    /// <summary>The hostile requests for the local Direct Line (as on main: client and connector routes) and the token endpoint.</summary>
    public static IEnumerable<HostileRequest> DirectLine(Random random, string? token, string? conversationId)
    {
        var values = HostileValues(random);
        var conversation = conversationId ?? "none";
        string[] ids = [conversation, "x", "%00", "..%2F..%2Fapi%2Fleads", new string('c', 2000), "%F0%9F%98%80", "%ED%A0%80", conversation + "%0d%0a"];
        string?[] tokens = [null, "Bearer", "Bearer x", "Bearer " + new string('t', 5000), token is null ? null : "Bearer " + token, token is null ? null : "Bearer " + token + "x"];

        foreach (var value in values)
        {
            var body = new JsonObject { ["user"] = new JsonObject { ["id"] = value?.DeepClone(), ["name"] = value?.DeepClone() }, ["locale"] = value?.DeepClone() };
            yield return Json($"tokens/generate {Describe(value)}", body, null, "/v3/directline/tokens/generate");
            yield return Json($"conversations {Describe(value)}", body, tokens[random.Next(tokens.Length)], "/v3/directline/conversations");
            yield return Json($"api/directline/token {Describe(value)}", body, null, "/api/directline/token");

            var activity = new JsonObject { ["type"] = "message", ["from"] = new JsonObject { ["id"] = "dl_fuzz" }, ["text"] = "hallo" };
            var field = new[] { "type", "text", "from", "value", "channelData", "attachments", "locale", "name", "entities" }[random.Next(9)];
            if (field == "text" && value is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > MaxTextLength)
            {
                field = "channelData";
            }

            activity[field] = value?.DeepClone();
            var id = ids[random.Next(ids.Length)];
            yield return Json($"POST directline activities [{field}={Describe(value)}] on {Describe(id)}", activity,
                tokens[random.Next(tokens.Length)], $"/v3/directline/conversations/{id}/activities");
            yield return Json($"POST connector activities [{field}={Describe(value)}] on {Describe(id)}", activity, null, $"/v3/conversations/{id}/activities");
            yield return Json($"PUT connector activity [{field}={Describe(value)}] on {Describe(id)}", activity, null, $"/v3/conversations/{id}/activities/{ids[random.Next(ids.Length)]}", HttpMethod.Put);
        }

        foreach (var id in ids)
        {
            foreach (var authorization in tokens)
            {
                foreach (var watermark in new[] { "", "0", "-1", "99999999999999999999", "abc", "%00" })
                {
                    yield return new HostileRequest($"GET directline activities {Describe(id)} watermark={watermark} auth={Describe(authorization)}", HttpMethod.Get,
                        $"/v3/directline/conversations/{id}/activities?watermark={watermark}", () => null, authorization);
                }

                yield return new HostileRequest($"GET directline conversation {Describe(id)} auth={Describe(authorization)}", HttpMethod.Get,
                    $"/v3/directline/conversations/{id}", () => null, authorization);
                yield return new HostileRequest($"GET directline stream (no upgrade) {Describe(id)} auth={Describe(authorization)}", HttpMethod.Get,
                    $"/v3/directline/conversations/{id}/stream", () => null, authorization);
                yield return new HostileRequest($"POST tokens/refresh auth={Describe(authorization)} {Describe(id)}", HttpMethod.Post,
                    "/v3/directline/tokens/refresh", () => null, authorization);
                yield return new HostileRequest($"DELETE connector activity {Describe(id)}", HttpMethod.Delete,
                    $"/v3/conversations/{id}/activities/1", () => null, authorization);
                yield return new HostileRequest($"POST upload {Describe(id)}", HttpMethod.Post,
                    $"/v3/directline/conversations/{id}/upload", () => new ByteArrayContent(new byte[1024]), authorization);
            }
        }

        foreach (var raw in new[] { "", "{", "[]", "\"x\"", new string('[', 50_000), "{\"user\":{\"id\":\"\\ud800\"}}" })
        {
            foreach (var path in new[] { "/v3/directline/tokens/generate", "/v3/directline/conversations", $"/v3/directline/conversations/{conversation}/activities", $"/v3/conversations/{conversation}/activities", "/api/directline/token" })
            {
                yield return new HostileRequest($"POST {path} raw {Describe(raw)}", HttpMethod.Post, path,
                    () => new StringContent(raw, Encoding.UTF8, "application/json"), token is null ? null : "Bearer " + token);
            }
        }
    }

    /// <summary>Sales API queries at the edges (with the key).</summary>
    public static IEnumerable<HostileRequest> SalesApi(string apiKey)
    {
        foreach (var query in new[]
        {
            "to=9999-12-31", "from=9999-12-31", "from=0001-01-01", "to=0001-01-01T00:00:00%2B14:00", "from=2026-12-02T10:00:00%2B25:00",
            "q=%27%20OR%201%3D1%20--", "q=%ED%A0%80", "q=%00", "q=" + new string('q', 3000), "stage=Mql%00", "page=-1", "page=99999999999",
            "pageSize=0", "stage=Sql&from=2026-01-01&to=2025-01-01", "q=%25", "q=_", "q=\\",
        })
        {
            foreach (var path in new[] { "/api/leads?", "/api/leads/export.csv?" })
            {
                yield return new HostileRequest($"GET {path}{query}", HttpMethod.Get, path + query, () => null) { ApiKey = apiKey };
            }
        }
    }

    private static HostileRequest Json(string description, JsonObject body, string? authorization = null, string path = "/api/messages", HttpMethod? method = null)
    {
        var text = body.ToJsonString();
        return new HostileRequest(description, method ?? HttpMethod.Post, path, () => new StringContent(text, Encoding.UTF8, "application/json"), authorization);
    }

    private static HostileRequest Bytes(string description, byte[] body, string contentType) =>
        new(description, HttpMethod.Post, "/api/messages", () =>
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            return content;
        });

    private static void Set(JsonObject activity, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        if (parts.Length == 1)
        {
            activity[path] = value;
            return;
        }

        if (activity[parts[0]] is not JsonObject parent)
        {
            parent = new JsonObject();
            activity[parts[0]] = parent;
        }

        parent[parts[1]] = value;
    }

    private static void Remove(JsonObject activity, string path)
    {
        var parts = path.Split('.');
        if (parts.Length == 1)
        {
            activity.Remove(path);
        }
        else if (activity[parts[0]] is JsonObject parent)
        {
            parent.Remove(parts[1]);
        }
    }

    private static string Describe(JsonNode? value) => value switch
    {
        null => "null",
        JsonValue v when v.TryGetValue<string>(out var s) => Describe(s),
        _ => Cut(value.ToJsonString()),
    };

    private static string Describe(string? value) => value is null ? "null" : "\"" + Cut(value) + "\"";

    private static string Cut(string text)
    {
        var escaped = string.Concat(text.Take(40).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString()));
        return text.Length > 40 ? $"{escaped}…({text.Length})" : escaped;
    }
}
