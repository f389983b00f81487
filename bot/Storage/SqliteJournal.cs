using System.Text;

namespace LeadBot.Bot.Storage;

/// <summary>How SQLite keeps its journal (<c>Storage:SqliteJournalMode</c>).</summary>
public enum SqliteJournalMode
{
    /// <summary>Write-ahead log: readers never block the writer. Needs shared memory between the processes that open
    /// the file, so it only works on a local disk.</summary>
    Wal,

    /// <summary>Rollback journal, deleted after each transaction: the mode SQLite documents for file systems whose
    /// locking it cannot rely on for shared memory (network shares such as App Service's <c>/home</c>).</summary>
    Delete,

    /// <summary>Rollback journal truncated instead of deleted after each transaction.</summary>
    Truncate,
}

/// <summary>
/// The start-up check that keeps SQLite's WAL mode off network file systems: SQLite's documentation says WAL does not
/// work over a network file system, because the processes sharing the database need shared memory on one host. A
/// database on such a share must use a rollback journal.
/// </summary>
internal static class SqliteJournal
{
    public const string JournalModeKey = StorageOptions.SectionName + ":" + nameof(StorageOptions.SqliteJournalMode);

    /// <summary>Set by App Service on every instance (also on Linux); its <c>/home</c> is a network share.</summary>
    public const string AppServiceMarker = "WEBSITE_INSTANCE_ID";

    /// <summary>File system types that live on another host (as /proc/mounts names them).</summary>
    private static readonly HashSet<string> NetworkTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "9p", "afs", "ncpfs", "coda", "ceph", "glusterfs", "lustre",
        "gpfs", "ocfs2", "gfs2", "davfs", "fuse.sshfs", "fuse.glusterfs", "fuse.ceph", "fuse.blobfuse", "fuse.blobfuse2",
        "fuse.s3fs", "fuse.davfs", "fuse.rclone", "fuse.juicefs",
    };

    /// <summary>PRAGMA value of a mode.</summary>
    public static string PragmaValue(SqliteJournalMode mode) => mode switch
    {
        SqliteJournalMode.Delete => "DELETE",
        SqliteJournalMode.Truncate => "TRUNCATE",
        _ => "WAL",
    };

    /// <summary>
    /// Null when <paramref name="mode"/> is safe for a database at <paramref name="databasePath"/>; otherwise the
    /// start-up error, naming <see cref="JournalModeKey"/>. A path is on a network file system when the mount that holds
    /// it has a network type in <paramref name="mountTable"/> (the text of /proc/mounts), or when it is under
    /// <c>/home</c> on App Service (<paramref name="onAppService"/>).
    /// </summary>
    public static string? CheckMode(SqliteJournalMode mode, string databasePath, string? mountTable, bool onAppService)
    {
        if (mode != SqliteJournalMode.Wal)
        {
            return null;
        }

        var full = Path.GetFullPath(databasePath);
        string? reason = null;
        if (onAppService && IsUnder(full, "/home"))
        {
            reason = "App Service's /home is a network share";
        }
        else if (mountTable is not null && MountOf(full, mountTable) is { } mount && NetworkTypes.Contains(mount.Type))
        {
            reason = $"{mount.MountPoint} is a network file system ({mount.Type})";
        }

        return reason is null
            ? null
            : $"{JournalModeKey} is 'Wal', but the SQLite database {full} is on a network file system ({reason}), where SQLite's "
              + $"write-ahead log does not work and the database can be corrupted. Set {JournalModeKey} to 'Delete' (a rollback "
              + "journal) for a single instance, or use PostgreSQL (Storage:Provider) for more than one.";
    }

    /// <summary>The mount (point and type) holding <paramref name="path"/>: the longest mount point that contains it.
    /// Later lines win over earlier ones for the same point, as the kernel stacks them.</summary>
    internal static (string MountPoint, string Type)? MountOf(string path, string mountTable)
    {
        (string MountPoint, string Type)? best = null;
        foreach (var line in mountTable.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 3)
            {
                continue;
            }

            var point = Unescape(fields[1]);
            if (IsUnder(path, point) && (best is null || point.Length >= best.Value.MountPoint.Length))
            {
                best = (point, fields[2]);
            }
        }

        return best;
    }

    /// <summary>/proc/mounts writes space, tab, newline and backslash in paths as three-digit octal escapes.</summary>
    private static string Unescape(string field)
    {
        if (!field.Contains('\\', StringComparison.Ordinal))
        {
            return field;
        }

        var text = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] == '\\' && IsOctal(field, i + 1) && IsOctal(field, i + 2) && IsOctal(field, i + 3))
            {
                text.Append((char)(((field[i + 1] - '0') << 6) | ((field[i + 2] - '0') << 3) | (field[i + 3] - '0')));
                i += 3;
            }
            else
            {
                text.Append(field[i]);
            }
        }

        return text.ToString();
    }

    private static bool IsOctal(string text, int index) => index < text.Length && text[index] is >= '0' and <= '7';

    private static bool IsUnder(string path, string folder)
    {
        if (folder == "/")
        {
            return path.StartsWith('/');
        }

        var trimmed = folder.TrimEnd('/');
        return path.Equals(trimmed, StringComparison.Ordinal) || path.StartsWith(trimmed + "/", StringComparison.Ordinal);
    }

    /// <summary>The mount table of this machine, or null where there is none (not Linux).</summary>
    public static string? ReadMountTable()
    {
        try
        {
            return File.Exists("/proc/mounts") ? File.ReadAllText("/proc/mounts") : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
