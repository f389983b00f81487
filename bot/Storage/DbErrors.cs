using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LeadBot.Bot.Storage;

internal static class DbErrors
{
    private const int SqliteConstraint = 19;

    /// <summary>True when the update failed on a unique index or primary key (SQLite constraint or PostgreSQL 23505).</summary>
    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint
            && sqlite.SqliteExtendedErrorCode is 1555 /* PRIMARYKEY */ or 2067 /* UNIQUE */,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
