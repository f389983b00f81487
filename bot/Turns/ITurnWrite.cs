using System.Data.Common;
using LeadBot.Bot.Storage;

namespace LeadBot.Bot.Turns;

/// <summary>
/// A write that belongs to a turn but not to its state (the funnel's rows): enlisted in the turn's
/// <see cref="TurnTransaction"/> and run by <see cref="ITurnStore.CommitAsync"/> inside the same database transaction as
/// the state, so it is written exactly when the turn is, and never half. It must be cheap and must not read the state.
/// </summary>
internal interface ITurnWrite
{
    /// <param name="sql">The transaction's statements: <see cref="BotStateSql.IsSqlite"/> (times as UTC ticks, GUIDs as
    /// upper-case text on SQLite), and <see cref="BotStateSql.Statement"/> for each command.</param>
    Task WriteAsync(DbConnection connection, DbTransaction transaction, BotStateSql sql, CancellationToken cancellationToken);
}
