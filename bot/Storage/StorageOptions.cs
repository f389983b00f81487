namespace LeadBot.Bot.Storage;

/// <summary>
/// Configuration section "Storage". The connection string is <c>ConnectionStrings:LeadBot</c>; for SQLite it defaults
/// to <c>Data Source=leadbot.db</c>, a relative file path being resolved against the content root.
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";
    public const string ConnectionStringName = "LeadBot";
    public const string DefaultSqliteConnectionString = "Data Source=leadbot.db";

    /// <summary>"Sqlite" (default) or "PostgreSQL", case-insensitive.</summary>
    public string Provider { get; set; } = nameof(StorageProvider.Sqlite);

    /// <summary>SQLite's journal: "Wal" (default; a local disk only) or "Delete"/"Truncate" (a rollback journal, for a
    /// file on a network share). WAL on a network file system stops start-up.</summary>
    public string SqliteJournalMode { get; set; } = nameof(Storage.SqliteJournalMode.Wal);

    /// <summary>How the bot signs in to PostgreSQL: "Password" (in the connection string, default) or "MicrosoftEntra"
    /// (a Microsoft Entra access token from the managed identity as the password; no password in any setting).</summary>
    public string PostgreSqlAuthentication { get; set; } = nameof(Storage.PostgreSqlAuthentication.Password);

    /// <summary>With "MicrosoftEntra": the client id of the user-assigned managed identity that signs in. Empty: the
    /// default Azure credential chain (a system-assigned identity in Azure, the developer's Azure CLI login locally).</summary>
    public string ManagedIdentityClientId { get; set; } = "";

    /// <summary>The journal mode as an enum; null when <see cref="SqliteJournalMode"/> is not a supported value.</summary>
    public SqliteJournalMode? ParsedJournalMode =>
        Enum.TryParse<SqliteJournalMode>(SqliteJournalMode?.Trim(), ignoreCase: true, out var mode) && Enum.IsDefined(mode) ? mode : null;

    /// <summary>The PostgreSQL sign-in as an enum; null when <see cref="PostgreSqlAuthentication"/> is not supported.</summary>
    public PostgreSqlAuthentication? ParsedAuthentication =>
        Enum.TryParse<PostgreSqlAuthentication>(PostgreSqlAuthentication?.Trim(), ignoreCase: true, out var auth) && Enum.IsDefined(auth) ? auth : null;

    /// <summary>The provider as an enum; null when <see cref="Provider"/> is not a supported value.</summary>
    public StorageProvider? ParsedProvider => Provider?.Trim().ToLowerInvariant() switch
    {
        "sqlite" => StorageProvider.Sqlite,
        "postgresql" or "postgres" or "npgsql" => StorageProvider.PostgreSql,
        _ => null,
    };

    /// <summary>Every problem with the configuration, each naming the configuration key. Empty when usable.</summary>
    public IReadOnlyList<string> Validate(string? connectionString)
    {
        var errors = new List<string>();
        var provider = ParsedProvider;
        if (provider is null)
        {
            errors.Add($"{SectionName}:Provider must be 'Sqlite' or 'PostgreSQL' (was '{Provider}').");
        }
        else if (provider == StorageProvider.PostgreSql && string.IsNullOrWhiteSpace(connectionString))
        {
            errors.Add($"ConnectionStrings:{ConnectionStringName} is required when {SectionName}:Provider is 'PostgreSQL'.");
        }

        if (ParsedJournalMode is null)
        {
            errors.Add($"{SectionName}:SqliteJournalMode must be 'Wal', 'Delete' or 'Truncate' (was '{SqliteJournalMode}').");
        }

        var authentication = ParsedAuthentication;
        if (authentication is null)
        {
            errors.Add($"{SectionName}:PostgreSqlAuthentication must be 'Password' or 'MicrosoftEntra' (was '{PostgreSqlAuthentication}').");
        }
        else if (authentication == Storage.PostgreSqlAuthentication.MicrosoftEntra && provider == StorageProvider.PostgreSql
            && !string.IsNullOrWhiteSpace(connectionString) && HasPassword(connectionString))
        {
            errors.Add($"ConnectionStrings:{ConnectionStringName} must not contain a password when {SectionName}:PostgreSqlAuthentication is 'MicrosoftEntra' (the access token is the password).");
        }

        return errors;
    }

    private static bool HasPassword(string connectionString)
    {
        try
        {
            return !string.IsNullOrEmpty(new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Password);
        }
        catch (ArgumentException)
        {
            // An unreadable connection string is reported by Npgsql itself when the bot first connects.
            return false;
        }
    }
}

/// <summary>How the bot signs in to PostgreSQL (<c>Storage:PostgreSqlAuthentication</c>).</summary>
public enum PostgreSqlAuthentication
{
    Password,
    MicrosoftEntra,
}

public enum StorageProvider
{
    Sqlite,
    PostgreSql,
}
