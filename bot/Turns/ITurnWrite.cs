using System.Data.Common;

namespace LeadBot.Bot.Turns;

/// <summary>
/// A write that belongs to a turn but not to its state (the funnel's rows): enlisted in the turn's
/// <see cref="TurnTransaction"/> and run by <see cref="ITurnStore.CommitAsync"/> inside the same database transaction as
/// the state, so it is written exactly when the turn is, and never half. It must be cheap and must not read the state.
/// </summary>
public interface ITurnWrite
{
    /// <param name="sqlite">True on SQLite (times as UTC ticks, GUIDs as upper-case text), false on PostgreSQL.</param>
    Task WriteAsync(DbConnection connection, DbTransaction transaction, bool sqlite, CancellationToken cancellationToken);
}
