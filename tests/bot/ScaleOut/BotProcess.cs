using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using LeadBot.Bot.Tests.Conversation;

namespace LeadBot.Bot.Tests.ScaleOut;

/// <summary>
/// The real bot as a separate process (<c>dotnet bot/bin/&lt;configuration&gt;/net10.0/LeadBot.Bot.dll --urls
/// http://127.0.0.1:PORT</c>) on PostgreSQL, configured on its command line the way an operator would. It can be killed
/// with SIGKILL (<see cref="Kill"/>) and started again on the same database.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private BotProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public Uri MessagesUri => new(BaseAddress, "api/messages");

    public bool HasExited => _process.HasExited;

    /// <summary>The operating system's id of the bot process (for /proc/PID/status).</summary>
    public int ProcessId => _process.Id;

    /// <summary>What the process wrote (warnings and errors; for failure messages).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<BotProcess> StartAsync(string postgresConnectionString, IDictionary<string, string?>? settings = null)
    {
        var dll = BotDll();
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var values = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "PostgreSQL",
            ["ConnectionStrings:LeadBot"] = postgresConnectionString,
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "",
            ["MicrosoftAppType"] = "",
            ["MicrosoftAppTenantId"] = "",
            ["SalesApi:ApiKey"] = "",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:LeadBot"] = "Warning",
            ["Turns:ClaimTimeToLive"] = "00:00:03",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        foreach (var argument in new[] { dll, "--urls", $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in values)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the bot process.");
        var bot = new BotProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => bot.Append(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The bot process exited with {process.ExitCode} while starting:\n{bot.Output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(bot.BaseAddress, "healthz"));
                if (response.IsSuccessStatusCode)
                {
                    return bot;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            if (DateTime.UtcNow > deadline)
            {
                bot.Kill();
                throw new TimeoutException($"The bot process did not become healthy within 90 s:\n{bot.Output}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>SIGKILL: no shutdown, no flushing, no finally blocks.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
        }

        _process.WaitForExit(10_000);
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            if (_output.Length < 200_000)
            {
                _output.AppendLine(line);
            }
        }
    }

    /// <summary>The bot's build output in the same configuration as this test assembly (bot/bin/Debug|Release/net10.0).</summary>
    internal static string BotDll()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testBin.Name;
        var configuration = testBin.Parent?.Name ?? "Debug";
        var dll = Path.Combine(ConversationHarness.RepositoryRoot(), "bot", "bin", configuration, framework, "LeadBot.Bot.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"The bot is not built at {dll} (build the solution first).", dll);
        }

        return dll;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
