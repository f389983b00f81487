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

        return errors;
    }
}

public enum StorageProvider
{
    Sqlite,
    PostgreSql,
}
