using System.Globalization;

namespace LeadBot.Bench;

/// <summary>Command-line options of the benchmark. Every option has a default, so <c>--start-bot</c> alone is a run.</summary>
public sealed class BenchOptions
{
    /// <summary>Measured conversations per target (the warm-up conversations come on top).</summary>
    public int Conversations { get; set; } = 1000;

    /// <summary>Conversations in flight at once.</summary>
    public int Concurrency { get; set; } = 50;

    /// <summary>Warm-up conversations per target, excluded from the figures. The default outlasts .NET's tiered JIT,
    /// which recompiles the hot code for about the first 15 s under load, so the figures are the steady state's.</summary>
    public int Warmup { get; set; } = 3000;

    /// <summary>Share of conversations in German (0..1); the rest is English.</summary>
    public double LocaleMix { get; set; } = 0.5;

    /// <summary>An already running bot's /api/messages URL.</summary>
    public Uri? Target { get; set; }

    /// <summary>Publish (Release) and start LeadBot itself on a fresh SQLite file.</summary>
    public bool StartBot { get; set; }

    /// <summary>Also start and measure the official-SDK JS peer in the same run.</summary>
    public bool Peer { get; set; }

    /// <summary>Where the JS peer's sources are (copied to a temp folder before npm ci); null: bench/js-peer of the
    /// repository.</summary>
    public string? PeerSource { get; set; }

    /// <summary>A fixed script ({"turns":[...], "expectLast": "...", "locale": "..."}) instead of answering by step.</summary>
    public string? Script { get; set; }

    /// <summary>Sales API key of an external <see cref="Target"/>, to count stored leads.</summary>
    public string? ApiKey { get; set; }

    /// <summary>PID of an external target, for its peak memory and CPU.</summary>
    public int? TargetPid { get; set; }

    /// <summary>Leads inserted into the fresh SQLite file before LeadBot starts.</summary>
    public int SeedLeads { get; set; }

    /// <summary>Times the criteria workbench's what-if over the seeded leads instead of driving conversations.</summary>
    public bool Workbench { get; set; }

    /// <summary>With <see cref="Workbench"/>: timed what-if requests (after one untimed).</summary>
    public int WorkbenchRuns { get; set; } = 5;

    /// <summary>An existing publish folder of bot/ (skips the publish step).</summary>
    public string? BotDirectory { get; set; }

    /// <summary>The repository root (found from the working directory when not given).</summary>
    public string? RepoRoot { get; set; }

    /// <summary>Where the publish output, SQLite file, peer copy and logs go.</summary>
    public string WorkDirectory { get; set; } = Path.Combine(Path.GetTempPath(), "leadbot-bench");

    public string? JsonPath { get; set; }

    /// <summary>Keep the SQLite file and logs after the run.</summary>
    public bool Keep { get; set; }

    /// <summary>Seconds a single turn may take before it counts as an error.</summary>
    public int TurnTimeoutSeconds { get; set; } = 30;

    /// <summary>Extra environment for the started LeadBot (NAME=VALUE), e.g. to try a setting.</summary>
    public List<KeyValuePair<string, string>> BotEnvironment { get; } = [];

    /// <summary>Measure the dashboard's API on a seeded database instead of conversations (<see cref="DashboardBench"/>).</summary>
    public bool Dashboard { get; set; }

    /// <summary>Funnel events seeded for <see cref="Dashboard"/>.</summary>
    public int SeedEvents { get; set; } = 1_000_000;

    /// <summary>PostgreSQL instead of SQLite, null: SQLite. For <see cref="Dashboard"/> an admin connection string (it
    /// creates and drops a database of its own there and runs the bot on it); for <see cref="Workbench"/> the
    /// connection string of an empty database.</summary>
    public string? Postgres { get; set; }

    /// <summary>Timed calls per dashboard query.</summary>
    public int Rounds { get; set; } = 10;

    /// <summary>Configurations (of this build, or each of its own) compared side by side (<see cref="VariantComparison"/>); two or more.</summary>
    public List<BotVariant> Variants { get; } = [];

    /// <summary>With <see cref="Variants"/>: rounds, each driving every variant once.</summary>
    public int VariantRounds { get; set; } = 8;

    /// <summary>Quiet: no progress lines.</summary>
    public bool Quiet { get; set; }

    public const string Usage = """
        LeadBot.Bench: drives complete qualification conversations over HTTP, the way the Bot Framework Emulator does.

          --start-bot            publish bot/ (Release) once and measure it on a fresh SQLite file
          --peer                 also start and measure the official-SDK JS peer (bench/js-peer, npm ci --ignore-scripts)
          --target URL           measure a running bot at URL (…/api/messages); with --api-key / --target-pid
          --conversations N      measured conversations per target (default 1000)
          --concurrency N        conversations in flight (default 50)
          --warmup N             warm-up conversations, not measured (default 3000)
          --locale-mix X         German share 0..1 (default 0.5)
          --script PATH          fixed turns instead of answering by channelData.leadbot.step (bots without markers)
          --seed-leads N         insert N leads into the fresh SQLite file before LeadBot starts
          --dashboard            time the dashboard's API on a seeded database (with --seed-leads, default 100000)
          --seed-events N        funnel events seeded for --dashboard (default 1000000)
          --rounds N             timed calls per dashboard query (default 10)
          --workbench            time the criteria workbench's what-if over the seeded leads (default 100000) instead
                                 of conversations; SQLite, or PostgreSQL with --postgres
          --workbench-runs N     with --workbench: timed what-if requests (default 5)
          --postgres CONN        with --dashboard: an admin connection string (a database is created and dropped);
                                 with --workbench: an empty PostgreSQL database (Npgsql connection string)
          --variant NAME[@DIR][:K=V;…] a configuration of LeadBot to compare (repeatable, two or more; the first is the
                                 base; @DIR: that variant runs the bot published in DIR instead of this build):
                                 each runs its own process, all are warmed, then driven in rounds with the order
                                 rotated; prints same-round turns/s ratios (e.g. --variant off:Funnel__Enabled=false
                                 --variant on)
          --variant-rounds N     rounds of a --variant comparison (default 8)
          --bot-dir DIR          use this publish folder of bot/ instead of publishing
          --bot-env NAME=VALUE   extra environment variable for the started LeadBot (repeatable)
          --peer-dir DIR         JS peer sources (default bench/js-peer of the repository)
          --repo DIR             repository root (default: found upwards from the working directory)
          --work DIR             scratch folder (default $TMP/leadbot-bench)
          --json PATH            also write the results as JSON
          --turn-timeout S       seconds before a turn counts as an error (default 30)
          --keep                 keep the SQLite file and the bots' logs
          --quiet                no progress lines
        """;

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var o = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            int Int() => int.Parse(Value(), NumberStyles.Integer, CultureInfo.InvariantCulture);
            switch (name)
            {
                case "--conversations": o.Conversations = Int(); break;
                case "--concurrency": o.Concurrency = Int(); break;
                case "--warmup": o.Warmup = Int(); break;
                case "--locale-mix": o.LocaleMix = double.Parse(Value(), NumberStyles.Float, CultureInfo.InvariantCulture); break;
                case "--target": o.Target = new Uri(Value()); break;
                case "--start-bot": o.StartBot = true; break;
                case "--peer": o.Peer = true; break;
                case "--peer-dir": o.PeerSource = Value(); break;
                case "--script": o.Script = Value(); break;
                case "--api-key": o.ApiKey = Value(); break;
                case "--target-pid": o.TargetPid = Int(); break;
                case "--seed-leads": o.SeedLeads = Int(); break;
                case "--workbench": o.Workbench = true; break;
                case "--postgres": o.Postgres = Value(); break;
                case "--workbench-runs": o.WorkbenchRuns = Int(); break;
                case "--bot-dir": o.BotDirectory = Value(); break;
                case "--dashboard": o.Dashboard = true; break;
                case "--seed-events": o.SeedEvents = Int(); break;
                case "--rounds": o.Rounds = Int(); break;
                case "--variant": o.Variants.Add(BotVariant.Parse(Value())); break;
                case "--variant-rounds": o.VariantRounds = Int(); break;
                case "--bot-env":
                    var pair = Value();
                    var eq = pair.IndexOf('=', StringComparison.Ordinal);
                    if (eq <= 0)
                    {
                        throw new ArgumentException("--bot-env needs NAME=VALUE.");
                    }

                    o.BotEnvironment.Add(new(pair[..eq], pair[(eq + 1)..]));
                    break;
                case "--repo": o.RepoRoot = Value(); break;
                case "--work": o.WorkDirectory = Value(); break;
                case "--json": o.JsonPath = Value(); break;
                case "--turn-timeout": o.TurnTimeoutSeconds = Int(); break;
                case "--keep": o.Keep = true; break;
                case "--quiet": o.Quiet = true; break;
                default: throw new ArgumentException($"Unknown option {name}.");
            }
        }

        if (o.Dashboard && !args.Contains("--seed-leads"))
        {
            o.SeedLeads = 100_000;
        }

        o.Validate();
        return o;
    }

    public void Validate()
    {
        if (Conversations < 1 || Concurrency < 1 || Warmup < 0 || SeedLeads < 0)
        {
            throw new ArgumentException("--conversations and --concurrency must be at least 1; --warmup and --seed-leads at least 0.");
        }

        if (LocaleMix is < 0 or > 1)
        {
            throw new ArgumentException("--locale-mix is the German share, 0..1.");
        }

        if (Variants.Count > 0)
        {
            if (Variants.Count < 2 || VariantRounds < 1 || Peer || Target is not null || Dashboard || Workbench)
            {
                throw new ArgumentException("--variant compares two or more configurations of LeadBot on their own (no --peer, --target, --dashboard or --workbench), in at least one round.");
            }

            if (Variants.Select(v => v.Name).Distinct(StringComparer.Ordinal).Count() != Variants.Count)
            {
                throw new ArgumentException("--variant names must differ.");
            }

            return;
        }

        if (Workbench)
        {
            if (WorkbenchRuns < 1)
            {
                throw new ArgumentException("--workbench-runs must be at least 1.");
            }

            return;
        }

        if (Postgres is not null && !Dashboard)
        {
            throw new ArgumentException("--postgres is for --dashboard or --workbench.");
        }

        if (Dashboard && (SeedEvents < 0 || Rounds < 1))
        {
            throw new ArgumentException("--seed-events must be at least 0 and --rounds at least 1.");
        }

        if (!StartBot && !Peer && Target is null && !Dashboard)
        {
            throw new ArgumentException("Nothing to measure: give --start-bot, --peer and/or --target URL.");
        }
    }

    /// <summary>The JS peer's sources: <see cref="PeerSource"/>, else bench/js-peer of the repository.</summary>
    public string ResolvePeerSource() => PeerSource is { } source ? Path.GetFullPath(source) : Path.Combine(ResolveRepoRoot(), "bench", "js-peer");

    /// <summary>The folder holding LeadBot.sln: <see cref="RepoRoot"/>, else the first one upwards from the working
    /// directory or from the program's folder.</summary>
    public string ResolveRepoRoot()
    {
        if (RepoRoot is not null)
        {
            return Path.GetFullPath(RepoRoot);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "LeadBot.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("LeadBot.sln not found upwards from the working directory; pass --repo.");
    }
}
