using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace LeadBot.Bot.Tests.Support;

/// <summary>
/// A real PostgreSQL server for the test run: a throwaway cluster (initdb) in a temp folder, started with pg_ctl on a
/// free loopback port, shared by every test of the process and stopped (and deleted) when the process exits. With
/// <c>LEADBOT_TEST_POSTGRES</c> set to an Npgsql connection string, that server is used instead. Each caller gets its
/// own database (<see cref="CreateDatabaseAsync"/>). When no server can be started the call throws with the reason:
/// tests that need PostgreSQL fail, they are never skipped.
/// </summary>
public sealed class PostgreSqlServer
{
    public const string EnvironmentVariable = "LEADBOT_TEST_POSTGRES";

    private static readonly Lazy<Task<PostgreSqlServer>> Shared = new(StartSharedAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string _adminConnectionString;

    private PostgreSqlServer(string adminConnectionString) => _adminConnectionString = adminConnectionString;

    /// <summary>The server of this test run (started on first use).</summary>
    public static Task<PostgreSqlServer> GetAsync() => Shared.Value;

    /// <summary>Creates a new, empty database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string? prefix = null)
    {
        var server = await GetAsync();
        return await server.CreateDatabaseCoreAsync(prefix ?? "leadbot_test");
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/> (closing its connections).</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var server = await GetAsync();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server._adminConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Creates a new, empty database on this server and returns its connection string (as the superuser).</summary>
    public Task<string> NewDatabaseAsync(string prefix) => CreateDatabaseCoreAsync(prefix);

    private async Task<string> CreateDatabaseCoreAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(63, prefix.Length + 33)].ToLowerInvariant();
        await using (var connection = new NpgsqlConnection(_adminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\"";
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    /// <summary>The admin connection string (superuser; with its password for a password-protected server).</summary>
    public string AdminConnectionString => _adminConnectionString;

    /// <summary>
    /// A throwaway server of its own that demands a password over TCP (scram-sha-256, as Azure Database for PostgreSQL
    /// does) for every user, the superuser <c>postgres</c> signing in with <paramref name="superuserPassword"/>. Stopped
    /// and deleted when the test process ends.
    /// </summary>
    public static Task<PostgreSqlServer> StartPasswordProtectedAsync(string superuserPassword) => StartThrowawayAsync(superuserPassword);

    private static async Task<PostgreSqlServer> StartSharedAsync()
    {
        var external = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            var server = new PostgreSqlServer(external);
            await server.CheckAsync($"the server named by {EnvironmentVariable}");
            return server;
        }

        return await StartThrowawayAsync(null);
    }

    private static async Task<PostgreSqlServer> StartThrowawayAsync(string? superuserPassword)
    {
        var bin = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL is required by these tests but neither initdb nor pg_ctl was found (looked on PATH and in /usr/lib/postgresql/*/bin). " +
            $"Install Debian's 'postgresql' package (run-tests.sh does) or set {EnvironmentVariable} to a connection string.");
        var asRoot = Environment.UserName == "root";
        RemoveAbandonedClusters();
        var folder = Path.Combine(Path.GetTempPath(), $"leadbot-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var data = Path.Combine(folder, "data");
        if (asRoot)
        {
            // PostgreSQL refuses to run as root: the cluster belongs to the postgres user.
            await RunAsync("chown", ["-R", "postgres:postgres", folder], false);
            await RunAsync("chmod", ["700", folder], false);
        }

        var port = FreePort();
        if (superuserPassword is null)
        {
            await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync"], asRoot);
        }
        else
        {
            var passwordFile = Path.Combine(folder, "pwfile");
            await File.WriteAllTextAsync(passwordFile, superuserPassword + "\n");
            if (asRoot)
            {
                await RunAsync("chown", ["postgres:postgres", passwordFile], false);
            }

            await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth-local=trust", "--auth-host=scram-sha-256",
                "--pwfile", passwordFile, "-E", "UTF8", "--no-locale", "--no-sync"], asRoot);
        }

        var options = $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400 -c shared_buffers=64MB";
        await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "-o", options, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "start"], asRoot);

        // A reaper outlives this process however it ends (even SIGKILL): it stops the server and deletes the folder.
        var pgCtl = Path.Combine(bin, "pg_ctl");
        var stop = asRoot ? $"runuser -u postgres -- '{pgCtl}' -D '{data}' -m immediate -w stop" : $"'{pgCtl}' -D '{data}' -m immediate -w stop";
        var reaper = new ProcessStartInfo("sh") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        reaper.ArgumentList.Add("-c");
        reaper.ArgumentList.Add($"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done; {stop} >/dev/null 2>&1; rm -rf '{folder}'");
        Process.Start(reaper)?.Dispose();

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], asRoot).GetAwaiter().GetResult();
            }
            catch (Exception)
            {
                // The process is ending; a server that will not stop is killed with its folder below.
            }

            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception)
            {
            }
        };

        var admin = new NpgsqlConnectionStringBuilder($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false;Timeout=30;Command Timeout=60");
        if (superuserPassword is not null)
        {
            admin.Password = superuserPassword;
        }

        var started = new PostgreSqlServer(admin.ConnectionString);
        await started.CheckAsync($"the throwaway server in {folder}");
        return started;
    }

    /// <summary>Deletes the clusters of earlier runs that ended without cleaning up (older than 10 minutes, no live
    /// server process), so aborted runs do not fill the temp folder.</summary>
    private static void RemoveAbandonedClusters()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), "leadbot-pg-*"))
        {
            try
            {
                if (Directory.GetLastWriteTimeUtc(folder) > DateTime.UtcNow.AddMinutes(-10))
                {
                    continue;
                }

                var pidFile = Path.Combine(folder, "data", "postmaster.pid");
                if (File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var pid) && Directory.Exists($"/proc/{pid}"))
                {
                    continue;
                }

                Directory.Delete(folder, recursive: true);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    private async Task CheckAsync(string what)
    {
        try
        {
            await using var connection = new NpgsqlConnection(_adminConnectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync();
        }
        catch (Exception exception)
        {
            throw new InvalidOperationException($"PostgreSQL is required by these tests, but {what} cannot be reached: {exception.Message}", exception);
        }
    }

    private static string? FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        if (Directory.Exists(root))
        {
            var newest = Directory.GetDirectories(root)
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(d => File.Exists(Path.Combine(d.Dir, "initdb")) && File.Exists(Path.Combine(d.Dir, "pg_ctl")))
                .OrderByDescending(d => d.Version)
                .Select(d => d.Dir)
                .FirstOrDefault();
            if (newest is not null)
            {
                return newest;
            }
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")))
            {
                return dir;
            }
        }

        return null;
    }

    private static async Task RunAsync(string program, string[] arguments, bool asPostgresUser)
    {
        var start = new ProcessStartInfo(asPostgresUser ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asPostgresUser)
        {
            foreach (var a in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"PostgreSQL is required by these tests, but '{Path.GetFileName(program)} {string.Join(' ', arguments)}' failed with exit code {process.ExitCode}: {await stderr}{await stdout}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
