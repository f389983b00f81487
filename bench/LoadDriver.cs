using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LeadBot.Bench;

/// <summary>A fixed conversation for bots without step markers (the shape of drive.js's "turns" scripts).</summary>
public sealed record FixedScript(string Locale, IReadOnlyList<string> Turns, string? ExpectLast, bool StartWithConversationUpdate)
{
    public static FixedScript Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = doc.RootElement;
        var turns = root.GetProperty("turns").EnumerateArray().Select(t => t.GetString() ?? "").ToList();
        return new FixedScript(
            root.TryGetProperty("locale", out var l) ? l.GetString() ?? "en-US" : "en-US",
            turns,
            root.TryGetProperty("expectLast", out var e) ? e.GetString() : null,
            !root.TryGetProperty("startWithConversationUpdate", out var s) || s.ValueKind != JsonValueKind.False);
    }
}

/// <summary>Counts of one phase (warm-up or measured).</summary>
public sealed class PhaseResult
{
    public int Conversations { get; set; }
    public int Completed { get; set; }
    public int Turns { get; set; }
    public int Errors { get; set; }
    public int TranscriptsBad { get; set; }
    public int Reprompts { get; set; }
    public double Seconds { get; set; }
    public double[] LatenciesMs { get; set; } = [];
    /// <summary>The same latencies by what the turn answered (the step marker, or "start", "greeting", "turn N").</summary>
    public Dictionary<string, double[]> LatenciesByStep { get; set; } = [];
    public List<string> ErrorSamples { get; } = [];
}

/// <summary>
/// Drives conversations against one /api/messages URL: one pooled <see cref="HttpClient"/>, request bodies written with
/// <see cref="Utf8JsonWriter"/> into a buffer each worker reuses. The POST returns when the bot's turn is done, so the
/// replies are in the <see cref="ConnectorSink"/> by then.
/// </summary>
public sealed class LoadDriver : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _http;
    private readonly Uri _messages;
    private readonly ConnectorSink _sink;
    private readonly string _serviceUrl;
    private readonly string _runId;
    private readonly double _germanShare;
    private readonly FixedScript? _script;
    private readonly Regex? _expectLast;

    public LoadDriver(Uri messages, ConnectorSink sink, string runId, double germanShare, FixedScript? script, TimeSpan turnTimeout)
    {
        _messages = messages;
        _sink = sink;
        _serviceUrl = sink.ServiceUrl.ToString().TrimEnd('/');
        _runId = runId;
        _germanShare = germanShare;
        _script = script;
        _expectLast = script?.ExpectLast is { } pattern ? new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant) : null;
        _http = new HttpClient(new SocketsHttpHandler
        {
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            MaxConnectionsPerServer = 1024,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(2),
        })
        {
            Timeout = turnTimeout,
        };
    }

    /// <summary>Runs conversations <paramref name="first"/>..first+count-1, <paramref name="concurrency"/> at a time.
    /// <paramref name="onFirstStarted"/> fires when conversation <paramref name="first"/> sends its first activity.</summary>
    public async Task<PhaseResult> RunAsync(int first, int count, int concurrency, bool recordLatency, CancellationToken cancellationToken)
    {
        var result = new PhaseResult { Conversations = count };
        var next = first - 1;
        var end = first + count;
        var latencies = new List<(string Step, double Ms)>[Math.Max(1, concurrency)];
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, Math.Min(concurrency, count)).Select(w => Task.Run(async () =>
        {
            var own = latencies[w] = new List<(string Step, double Ms)>(recordLatency ? 4096 : 0);
            var buffer = new ArrayBufferWriter<byte>(1024);
            int index;
            while ((index = Interlocked.Increment(ref next)) < end)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var outcome = await ConversationAsync(index, buffer, recordLatency ? own : null).ConfigureAwait(false);
                lock (result)
                {
                    result.Turns += outcome.Turns;
                    result.Errors += outcome.Errors;
                    result.Reprompts += outcome.Reprompts;
                    if (outcome.Completed)
                    {
                        result.Completed++;
                    }
                    else
                    {
                        result.TranscriptsBad++;
                    }

                    if (outcome.Problem is not null && result.ErrorSamples.Count < 5)
                    {
                        result.ErrorSamples.Add(outcome.Problem);
                    }
                }
            }
        }, cancellationToken)).ToArray();
        await Task.WhenAll(workers).ConfigureAwait(false);
        result.Seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var all = latencies.Where(l => l is not null).SelectMany(l => l).ToArray();
        result.LatenciesMs = all.Select(l => l.Ms).Order().ToArray();
        result.LatenciesByStep = all.GroupBy(l => l.Step, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(l => l.Ms).Order().ToArray(), StringComparer.Ordinal);
        return result;
    }

    public void Dispose() => _http.Dispose();

    private sealed class Outcome
    {
        public int Turns;
        public int Errors;
        public int Reprompts;
        public bool Completed;
        public string? Problem;
    }

    private async Task<Outcome> ConversationAsync(int index, ArrayBufferWriter<byte> buffer, List<(string Step, double Ms)>? latencies)
    {
        var conversationId = $"bench-{_runId}-{index.ToString(CultureInfo.InvariantCulture)}";
        var german = _script is null && IsGerman(index);
        var answers = new Answers(german, _runId, index);
        var context = new Turn(this, conversationId, _script?.Locale ?? answers.Locale, $"user-{_runId}-{index.ToString(CultureInfo.InvariantCulture)}", buffer, latencies);
        var log = _sink.Register(conversationId);
        var outcome = new Outcome();
        try
        {
            if (_script is not null)
            {
                await ScriptedAsync(context, log, outcome).ConfigureAwait(false);
            }
            else
            {
                await ByStepAsync(context, log, answers, outcome).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            outcome.Errors++;
            outcome.Problem ??= $"{conversationId}: {ex.GetType().Name}: {ex.Message}";
        }
        finally
        {
            outcome.Turns = context.Turns;
            outcome.Errors += context.Errors;
            outcome.Problem ??= context.Problem;
            _sink.Forget(conversationId);
        }

        return outcome;
    }

    /// <summary>Evenly spread German conversations: conversation i is German when floor((i+1)·share) &gt; floor(i·share).</summary>
    private bool IsGerman(int index) => Math.Floor((index + 1) * _germanShare) > Math.Floor(index * _germanShare);

    private static async Task ByStepAsync(Turn turn, ConversationLog log, Answers answers, Outcome outcome)
    {
        turn.Step = "start";
        if (!await turn.SendAsync("conversationUpdate", null).ConfigureAwait(false))
        {
            return;
        }

        turn.Step = "greeting";
        if (log.Steps == 0 && !await turn.SendAsync("message", answers.Greeting).ConfigureAwait(false))
        {
            return;
        }

        string? previous = null;
        var attempt = 0;
        for (var guard = 0; guard < 30; guard++)
        {
            var step = log.LastStep;
            var before = log.Steps;
            if (step is null)
            {
                outcome.Problem = $"{turn.ConversationId}: no question asked; last text: {log.LastText}";
                return;
            }

            if (step == previous)
            {
                attempt++;
                outcome.Reprompts++;
            }
            else
            {
                attempt = 0;
            }

            var messagesBefore = log.Messages;
            turn.Step = step;
            if (!await turn.SendAsync("message", answers.For(step, attempt)).ConfigureAwait(false))
            {
                return;
            }

            if (step == "confirm" && log.Steps == before)
            {
                outcome.Completed = log.Messages > messagesBefore;
                if (!outcome.Completed)
                {
                    outcome.Problem = $"{turn.ConversationId}: no reply to the confirmation";
                }

                return;
            }

            if (log.Steps == before)
            {
                outcome.Problem = $"{turn.ConversationId}: no question after answering '{step}'; last text: {log.LastText}";
                return;
            }

            previous = step;
        }

        outcome.Problem = $"{turn.ConversationId}: did not finish within 30 answers (last step {log.LastStep})";
    }

    private async Task ScriptedAsync(Turn turn, ConversationLog log, Outcome outcome)
    {
        var script = _script!;
        turn.Step = "start";
        if (script.StartWithConversationUpdate && !await turn.SendAsync("conversationUpdate", null).ConfigureAwait(false))
        {
            return;
        }

        var number = 0;
        foreach (var text in script.Turns)
        {
            turn.Step = "turn " + (++number).ToString("D2", CultureInfo.InvariantCulture);
            if (!await turn.SendAsync("message", text).ConfigureAwait(false))
            {
                return;
            }
        }

        var last = log.LastText ?? "";
        outcome.Completed = _expectLast?.IsMatch(last) ?? log.Messages > 0;
        if (!outcome.Completed)
        {
            outcome.Problem = $"{turn.ConversationId}: unexpected last message: {last}";
        }
    }

    /// <summary>One conversation's sending side.</summary>
    private sealed class Turn(LoadDriver owner, string conversationId, string locale, string userId, ArrayBufferWriter<byte> buffer, List<(string Step, double Ms)>? latencies)
    {
        private int _sequence;

        /// <summary>What the next <see cref="SendAsync"/> answers, for the latency by step.</summary>
        public string Step { get; set; } = "start";

        public string ConversationId => conversationId;
        public int Turns { get; private set; }
        public int Errors { get; private set; }
        public string? Problem { get; private set; }

        /// <summary>POSTs one activity and waits for the turn; false (and an error counted) on a non-2xx answer.</summary>
        public async Task<bool> SendAsync(string type, string? text)
        {
            buffer.ResetWrittenCount();
            Write(type, text);
            using var content = new ReadOnlyMemoryContent(buffer.WrittenMemory);
            content.Headers.ContentType = Json;
            using var request = new HttpRequestMessage(HttpMethod.Post, owner._messages) { Content = content, Version = HttpVersion.Version11 };
            var t0 = Stopwatch.GetTimestamp();
            using var response = await owner._http.SendAsync(request, HttpCompletionOption.ResponseContentRead).ConfigureAwait(false);
            var ms = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            Turns++;
            if (!response.IsSuccessStatusCode)
            {
                Errors++;
                Problem ??= $"{conversationId}: HTTP {(int)response.StatusCode} to a {type}";
                return false;
            }

            latencies?.Add((Step, ms));
            return true;
        }

        private void Write(string type, string? text)
        {
            using var w = new Utf8JsonWriter(buffer);
            var now = DateTimeOffset.UtcNow;
            w.WriteStartObject();
            w.WriteString("type"u8, type);
            w.WriteString("id"u8, $"{conversationId}|{(++_sequence).ToString("D4", CultureInfo.InvariantCulture)}");
            w.WriteString("channelId"u8, "emulator"u8);
            w.WriteString("serviceUrl"u8, owner._serviceUrl);
            w.WriteStartObject("conversation"u8);
            w.WriteString("id"u8, conversationId);
            w.WriteEndObject();
            w.WriteStartObject("from"u8);
            w.WriteString("id"u8, userId);
            w.WriteString("name"u8, "User"u8);
            w.WriteString("role"u8, "user"u8);
            w.WriteEndObject();
            w.WriteStartObject("recipient"u8);
            w.WriteString("id"u8, "bot-1"u8);
            w.WriteString("name"u8, "Bot"u8);
            w.WriteString("role"u8, "bot"u8);
            w.WriteEndObject();
            w.WriteString("locale"u8, locale);
            w.WriteString("timestamp"u8, now);
            w.WriteString("localTimestamp"u8, now);
            if (text is not null)
            {
                w.WriteString("text"u8, text);
                w.WriteString("textFormat"u8, "plain"u8);
            }

            if (type == "conversationUpdate")
            {
                w.WriteStartArray("membersAdded"u8);
                w.WriteStartObject();
                w.WriteString("id"u8, userId);
                w.WriteString("name"u8, "User"u8);
                w.WriteEndObject();
                w.WriteStartObject();
                w.WriteString("id"u8, "bot-1"u8);
                w.WriteString("name"u8, "Bot"u8);
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteStartArray("membersRemoved"u8);
                w.WriteEndArray();
            }

            w.WriteEndObject();
        }
    }
}
