using System.Globalization;

namespace LeadBot.Bot.Tests.Security;

/// <summary>The resident memory of a process as the kernel reports it (VmRSS in /proc/PID/status), in MB.</summary>
public static class ProcessMemory
{
    public static double ResidentMegabytes(int processId)
    {
        foreach (var line in File.ReadLines($"/proc/{processId}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kilobytes = long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                return kilobytes / 1024.0;
            }
        }

        throw new InvalidOperationException($"/proc/{processId}/status has no VmRSS.");
    }

    /// <summary>Waits until the process's memory is at most <paramref name="megabytes"/> (or the time is up) and returns
    /// the last reading: the GC gives memory back when it collects, not at once.</summary>
    public static async Task<double> SettleBelowAsync(int processId, double megabytes, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var rss = ResidentMegabytes(processId);
        while (rss > megabytes && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
            rss = ResidentMegabytes(processId);
        }

        return rss;
    }
}
