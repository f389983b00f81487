using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace LeadBot.Bench;

/// <summary>A bot process the benchmark started: its output goes to a log file; memory and CPU come from /proc.</summary>
public sealed partial class TargetProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private TargetProcess(Process process, StreamWriter log, long startedAt, int port)
    {
        _process = process;
        _log = log;
        StartedAt = startedAt;
        Port = port;
    }

    /// <summary>Stopwatch timestamp taken right before the process was started.</summary>
    public long StartedAt { get; }

    public int Port { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public static TargetProcess Start(string fileName, IEnumerable<string> arguments, string workingDirectory,
        IEnumerable<KeyValuePair<string, string>> environment, int port, string logPath)
    {
        var info = StartInfo(fileName, arguments, workingDirectory);

        foreach (var (k, v) in environment)
        {
            info.Environment[k] = v;
        }

        var log = new StreamWriter(logPath) { AutoFlush = false };
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Append(log, e.Data);
        process.ErrorDataReceived += (_, e) => Append(log, e.Data);
        var startedAt = Stopwatch.GetTimestamp();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new TargetProcess(process, log, startedAt, port);
    }

    /// <summary>Waits until the port accepts connections; the time is that of the first successful connect.</summary>
    public async Task WaitForPortAsync(TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The process exited with code {_process.ExitCode} before listening on port {Port}.");
            }

            try
            {
                using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                await socket.ConnectAsync(System.Net.IPAddress.Loopback, Port).ConfigureAwait(false);
                return;
            }
            catch (SocketException) when (Stopwatch.GetTimestamp() < deadline)
            {
                await Task.Delay(5).ConfigureAwait(false);
            }
        }
    }

    /// <summary>VmHWM (peak resident set) in MB, from /proc/PID/status.</summary>
    public double? PeakRssMb() => ReadStatusKb(_process.Id, "VmHWM:") / 1024.0;

    public double? RssMb() => ReadStatusKb(_process.Id, "VmRSS:") / 1024.0;

    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    public static double? ReadStatusKb(int pid, string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/status"))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    var digits = new string(line.AsSpan(field.Length).Trim().ToString().TakeWhile(char.IsAsciiDigit).ToArray());
                    return double.Parse(digits, CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
        }

        return null;
    }

    public static TimeSpan? CpuTimeOf(int pid)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            return p.TotalProcessorTime;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM first: ASP.NET Core and node both stop cleanly on it.
            _ = Kill(_process.Id, 15);
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }

        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }

    private static ProcessStartInfo StartInfo(string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        return info;
    }

    /// <summary>Runs a command to completion (publish, npm install); throws with its output when it fails.</summary>
    public static async Task RunToCompletionAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var info = StartInfo(fileName, arguments, workingDirectory);

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', info.ArgumentList)} took longer than {timeout}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{fileName} {string.Join(' ', info.ArgumentList)} failed with exit code {process.ExitCode}:\n{await stdout.ConfigureAwait(false)}\n{await stderr.ConfigureAwait(false)}");
        }
    }

    /// <summary>A free TCP port on 127.0.0.1.</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Append(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            if (log.BaseStream.CanWrite)
            {
                log.WriteLine(line);
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
