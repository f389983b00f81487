using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using LeadBot.Bot.Teams;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace LeadBot.Bot.Storage;

/// <summary>
/// The rows of a new lead (the lead, its stage changes, the MQL notification and the activity's lead marker) as plain
/// INSERT commands on the save's own connection and transaction. Why: a new lead is the common save, on the slowest
/// turn of a conversation (the confirmation), and EF's update pipeline builds it anew every time (a command and a
/// modification per column of a lead's ~40, the SQL text, the parameters). Here the SQL text and what each parameter is made of are derived ONCE per
/// model (one model per provider) from EF's own metadata, so the rows are written as EF writes them:
/// <list type="bullet">
/// <item>table and column names from the relational model, quoted by the provider's SQL generation helper;</item>
/// <item>every value through the column's relational type mapping (<see cref="RelationalTypeMapping.CreateParameter"/>):
/// the value converters (stage as text, score breakdown as JSON, DateTimeOffset as UTC ticks on SQLite or UTC timestamptz
/// on PostgreSQL) and the provider's parameter type (Guid and decimal as text on SQLite, …) apply as in EF;</item>
/// <item>the shadow column <see cref="LeadBotDbContext.NormalizedEmailColumn"/> gets the value
/// <see cref="LeadBotDbContext"/> gives it before every save;</item>
/// <item>a key the database generates (stage change and outbox ids) is left out and read back with RETURNING, as EF
/// does, so the returned lead's history carries its ids; the lead id is the client's Guid.</item>
/// </list>
/// The two lookups before the insert (the activity's lead marker, whether a lead has the e-mail address) are plain
/// single-column SELECTs built the same way: as EF's compiled queries they cost several times more per save (a query
/// context, a shaper, a materialized projection) for a value or a yes/no.
/// A model this class cannot write as EF would (another shadow or generated column, a table shared by several entity
/// types) fails when the commands are built, not with a differently written row. EF's command logging and command
/// interceptors do not see these statements (the bot has a connection interceptor only).
/// </summary>
internal sealed class LeadInsertCommands
{
    private static readonly ConditionalWeakTable<IModel, LeadInsertCommands> ByModel = new();

    private readonly TableInsert leads;
    private readonly TableInsert stageChanges;
    private readonly TableInsert outbox;
    private readonly TableInsert botState;
    private readonly TableInsert webhookDeliveries;
    private readonly Lookup markerJson;
    private readonly Lookup leadWithEmail;

    private LeadInsertCommands(DbContext context)
    {
        var sql = context.GetService<ISqlGenerationHelper>();

        // Npgsql rewrites named placeholders (@p0) into its positional ones ($1) by parsing every command text; positional
        // placeholders go to the server as they are.
        var positional = LeadBotDbContext.IsPostgreSql(context.Database);
        var model = context.Model;
        leads = TableInsert.For(model, typeof(Lead), sql, positional, static property =>
            property.Name == LeadBotDbContext.NormalizedEmailColumn ? lead => LeadBotDbContext.NormalizeEmail(((Lead)lead).Email) : null);
        stageChanges = TableInsert.For(model, typeof(StageChange), sql, positional, assignKey: static (change, id) => ((StageChange)change).Id = id);
        outbox = TableInsert.For(model, typeof(OutboxMessage), sql, positional, assignKey: static (message, id) => ((OutboxMessage)message).Id = id);
        botState = TableInsert.For(model, typeof(BotStateRecord), sql, positional);
        webhookDeliveries = TableInsert.For(model, typeof(Webhooks.WebhookDelivery), sql, positional,
            assignKey: static (delivery, id) => ((Webhooks.WebhookDelivery)delivery).Id = id);

        var state = model.FindEntityType(typeof(BotStateRecord))!;
        markerJson = Lookup.For(
            state.FindProperty(nameof(BotStateRecord.Json))!, state.FindProperty(nameof(BotStateRecord.Key))!, sql, positional);
        var lead = model.FindEntityType(typeof(Lead))!;
        leadWithEmail = Lookup.For(lead.FindPrimaryKey()!.Properties.Single(), lead.FindProperty(LeadBotDbContext.NormalizedEmailColumn)!, sql, positional);
    }

    /// <summary>The commands of <paramref name="context"/>'s model (built on first use).</summary>
    public static LeadInsertCommands For(DbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ByModel.TryGetValue(context.Model, out var commands) ? commands : Build(context);
    }

    /// <summary>Apart from <see cref="For"/> so that its lookup allocates no closure.</summary>
    private static LeadInsertCommands Build(DbContext context) => ByModel.GetValue(context.Model, _ => new LeadInsertCommands(context));

    /// <summary>The stored lead marker of an activity (the JSON string of the lead id it stored), or null.</summary>
    public async Task<string?> LeadMarkerJsonAsync(DatabaseFacade database, string markerKey, CancellationToken cancellationToken) =>
        await markerJson.ExecuteAsync(database, markerKey, cancellationToken).ConfigureAwait(false) as string;

    /// <summary>Whether a stored lead has this normalized e-mail address (only then is it loaded, with EF, to be updated).</summary>
    public async Task<bool> LeadWithEmailExistsAsync(DatabaseFacade database, string normalizedEmail, CancellationToken cancellationToken) =>
        await leadWithEmail.ExecuteAsync(database, normalizedEmail, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>
    /// Inserts <paramref name="lead"/> with its <see cref="Lead.History"/>, then <paramref name="notification"/> and
    /// <paramref name="marker"/> and the webhook <paramref name="events"/> when given, in the transaction the caller began on <paramref name="database"/> (committing
    /// or rolling back stays with the caller). Sets the generated ids on the history entries and the notification. A
    /// failed statement is thrown as <see cref="DbUpdateException"/> with the provider's exception inside, as EF's
    /// SaveChanges throws it, so <see cref="DbErrors.IsUniqueViolation"/> recognizes a lead created concurrently.
    /// </summary>
    public async Task InsertNewLeadAsync(
        DatabaseFacade database, Lead lead, OutboxMessage? notification, BotStateRecord? marker, CancellationToken cancellationToken,
        IReadOnlyList<Webhooks.WebhookDelivery>? events = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(lead);
        var transaction = database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A new lead is inserted inside the save's transaction only (no half-written lead).");
        var connection = transaction.Connection ?? database.GetDbConnection();

        var rows = new List<Row>(lead.History.Count + 3) { new(leads, lead) };
        foreach (var change in lead.History)
        {
            rows.Add(new Row(stageChanges, change));
        }

        if (notification is not null)
        {
            rows.Add(new Row(outbox, notification));
        }

        if (marker is not null)
        {
            rows.Add(new Row(botState, marker));
        }

        foreach (var delivery in events ?? [])
        {
            rows.Add(new Row(webhookDeliveries, delivery));
        }

        try
        {
            if (connection.CanCreateBatch)
            {
                await InsertInOneBatchAsync(connection, transaction, database.GetCommandTimeout(), rows, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await InsertOneByOneAsync(connection, transaction, database.GetCommandTimeout(), rows, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (DbException exception)
        {
            throw new DbUpdateException("The new lead could not be inserted. See the inner exception for details.", exception);
        }
    }

    /// <summary>PostgreSQL: all rows in one round trip (one batch, as EF sends its commands). A statement's error
    /// arrives when the reader reaches it, so every result is read before the batch counts as done.</summary>
    private static async Task InsertInOneBatchAsync(
        DbConnection connection, DbTransaction transaction, int? timeout, List<Row> rows, CancellationToken cancellationToken)
    {
        await using var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        if (timeout is { } seconds)
        {
            batch.Timeout = seconds;
        }

        // The type mappings create their parameters through a command; the parameters then go into the batch commands.
        await using var parameterFactory = connection.CreateCommand();
        foreach (var row in rows)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = row.Table.Sql;
            row.Table.AddParameters(parameterFactory, command.Parameters, row.Entity);
            batch.BatchCommands.Add(command);
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var atFirstResult = true;
        foreach (var row in rows)
        {
            if (!row.Table.ReturnsKey)
            {
                continue;
            }

            // The statements without RETURNING may or may not show up as results without columns: skip those.
            if (!atFirstResult && !await reader.NextResultAsync(cancellationToken).ConfigureAwait(false))
            {
                throw MissingKey(row.Table);
            }

            atFirstResult = false;
            while (reader.FieldCount == 0)
            {
                if (!await reader.NextResultAsync(cancellationToken).ConfigureAwait(false))
                {
                    throw MissingKey(row.Table);
                }
            }

            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                throw MissingKey(row.Table);
            }

            row.Table.AssignKey(row.Entity, reader.GetInt64(0));
        }

        while (await reader.NextResultAsync(cancellationToken).ConfigureAwait(false))
        {
        }
    }

    /// <summary>SQLite (no batches in Microsoft.Data.Sqlite, and no round trips to save): one command per row.</summary>
    private static async Task InsertOneByOneAsync(
        DbConnection connection, DbTransaction transaction, int? timeout, List<Row> rows, CancellationToken cancellationToken)
    {
        foreach (var row in rows)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = row.Table.Sql;
            if (timeout is { } seconds)
            {
                command.CommandTimeout = seconds;
            }

            row.Table.AddParameters(command, command.Parameters, row.Entity);
            if (row.Table.ReturnsKey)
            {
                var key = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
                if (key is null or DBNull)
                {
                    throw MissingKey(row.Table);
                }

                row.Table.AssignKey(row.Entity, Convert.ToInt64(key, CultureInfo.InvariantCulture));
            }
            else
            {
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static InvalidOperationException MissingKey(TableInsert table) =>
        new($"The database returned no generated key for the row inserted with: {table.Sql}");

    /// <summary>One row to insert: the table's INSERT and the entity (or history entry) that holds the values.</summary>
    private readonly record struct Row(TableInsert Table, object Entity);

    /// <summary>The INSERT of one entity type's table and how each of its parameters is made from an entity.</summary>
    private sealed class TableInsert
    {
        private readonly ColumnValue[] columns;
        private readonly Action<object, long>? assignKey;

        private TableInsert(string sql, ColumnValue[] columns, Action<object, long>? assignKey)
        {
            Sql = sql;
            this.columns = columns;
            this.assignKey = assignKey;
        }

        /// <summary>INSERT INTO … VALUES … [RETURNING the generated key].</summary>
        public string Sql { get; }

        public bool ReturnsKey => assignKey is not null;

        public void AssignKey(object entity, long key) => assignKey!(entity, key);

        /// <summary>Adds the parameters of <paramref name="entity"/>'s row, created by <paramref name="factory"/> with
        /// each column's type mapping (value converter applied there, as in EF's update commands).</summary>
        public void AddParameters(DbCommand factory, DbParameterCollection parameters, object entity)
        {
            foreach (var column in columns)
            {
                parameters.Add(column.TypeMapping.CreateParameter(factory, column.ParameterName, column.ValueOf(entity), column.IsNullable));
            }
        }

        /// <param name="shadowValue">For a shadow property: how EF's save would set it (null: unknown, refused).</param>
        /// <param name="assignKey">Where the key the database generates goes (required when the table has one).</param>
        public static TableInsert For(
            IModel model, Type clrType, ISqlGenerationHelper sql, bool positional,
            Func<IProperty, Func<object, object?>?>? shadowValue = null, Action<object, long>? assignKey = null)
        {
            var entityType = model.FindEntityType(clrType)
                ?? throw new InvalidOperationException($"{clrType.Name} is not in the model.");
            var table = entityType.GetTableMappings().SingleOrDefault()?.Table
                ?? throw Unsupported(entityType, "it is not mapped to exactly one table");
            if (table.EntityTypeMappings.Count() != 1)
            {
                throw Unsupported(entityType, $"table {table.Name} is shared with other entity types");
            }

            var names = new StringBuilder();
            var values = new StringBuilder();
            var columnValues = new List<ColumnValue>();
            string? generatedKey = null;
            foreach (var column in table.Columns)
            {
                var mapping = column.PropertyMappings.Single();
                var property = mapping.Property;
                if (property.ValueGenerated != ValueGenerated.Never)
                {
                    // EF leaves a key the database generates out of the INSERT (the entity still has the CLR default)
                    // and reads it back; anything else generated (defaults, computed columns) is not handled here.
                    if (!property.IsPrimaryKey() || entityType.FindPrimaryKey()!.Properties.Count != 1 || property.ClrType != typeof(long)
                        || mapping.TypeMapping.Converter is not null || assignKey is null || generatedKey is not null)
                    {
                        throw Unsupported(entityType, $"column {column.Name} is generated by the database");
                    }

                    generatedKey = column.Name;
                    continue;
                }

                Func<object, object?> valueOf;
                if (property.IsShadowProperty())
                {
                    valueOf = shadowValue?.Invoke(property)
                        ?? throw Unsupported(entityType, $"the value EF gives the shadow property {property.Name} is not known here");
                }
                else
                {
                    var getter = property.GetGetter();
                    valueOf = getter.GetClrValueUsingContainingEntity;
                }

                var index = columnValues.Count;
                if (index > 0)
                {
                    names.Append(", ");
                    values.Append(", ");
                }

                names.Append(sql.DelimitIdentifier(column.Name));
                string parameterName;
                if (positional)
                {
                    values.Append('$').Append((index + 1).ToString(CultureInfo.InvariantCulture));
                    parameterName = "";
                }
                else
                {
                    var invariantName = "p" + index.ToString(CultureInfo.InvariantCulture);
                    values.Append(sql.GenerateParameterNamePlaceholder(invariantName));
                    parameterName = sql.GenerateParameterName(invariantName);
                }

                columnValues.Add(new ColumnValue(parameterName, mapping.TypeMapping, column.IsNullable, valueOf));
            }

            if (assignKey is not null && generatedKey is null)
            {
                throw Unsupported(entityType, "it has no key generated by the database to read back");
            }

            var text = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({names}) VALUES ({values})"
                + (generatedKey is null ? "" : " RETURNING " + sql.DelimitIdentifier(generatedKey));
            return new TableInsert(text, [.. columnValues], generatedKey is null ? null : assignKey);
        }

        private static NotSupportedException Unsupported(IEntityType entityType, string reason) =>
            new($"The fast insert of a new lead cannot write {entityType.DisplayName()} as EF would: {reason}.");
    }

    /// <summary>SELECT one column of the row whose (unique) column equals the parameter, in the current transaction.</summary>
    private sealed class Lookup
    {
        private readonly string sql;
        private readonly string parameterName;
        private readonly RelationalTypeMapping parameterMapping;

        private Lookup(string sql, string parameterName, RelationalTypeMapping parameterMapping)
        {
            this.sql = sql;
            this.parameterName = parameterName;
            this.parameterMapping = parameterMapping;
        }

        /// <summary>The value read (as the provider returns it; null when there is no such row), in the save's transaction.</summary>
        public async Task<object?> ExecuteAsync(DatabaseFacade database, object value, CancellationToken cancellationToken)
        {
            var transaction = database.CurrentTransaction?.GetDbTransaction()
                ?? throw new InvalidOperationException("The lookups of a lead save run inside its transaction.");
            await using var command = (transaction.Connection ?? database.GetDbConnection()).CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            if (database.GetCommandTimeout() is { } seconds)
            {
                command.CommandTimeout = seconds;
            }

            command.Parameters.Add(parameterMapping.CreateParameter(command, parameterName, value, nullable: false));
            var result = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return result is DBNull ? null : result;
        }

        /// <param name="read">The column read; without a value converter (its stored value is its value).</param>
        /// <param name="match">The unique column compared with the parameter.</param>
        public static Lookup For(IProperty read, IProperty match, ISqlGenerationHelper sql, bool positional)
        {
            var readColumn = read.GetTableColumnMappings().Single();
            var matchColumn = match.GetTableColumnMappings().Single();
            var unique = match.GetContainingIndexes().Any(i => i.IsUnique && i.Properties.Count == 1)
                || match.FindContainingPrimaryKey() is { Properties.Count: 1 };
            if (readColumn.TypeMapping.Converter is not null || readColumn.Column.Table != matchColumn.Column.Table || !unique)
            {
                throw new NotSupportedException(
                    $"The lookup of {readColumn.Column.Name} by {matchColumn.Column.Name} needs a column without value converter read by a unique column of the same table.");
            }

            var table = readColumn.Column.Table;
            var placeholder = positional ? "$1" : sql.GenerateParameterNamePlaceholder("p0");
            var text = $"SELECT {sql.DelimitIdentifier(readColumn.Column.Name)} FROM {sql.DelimitIdentifier(table.Name, table.Schema)} "
                + $"WHERE {sql.DelimitIdentifier(matchColumn.Column.Name)} = {placeholder}";
            return new Lookup(text, positional ? "" : sql.GenerateParameterName("p0"), matchColumn.TypeMapping);
        }
    }

    /// <summary>One parameter of an INSERT: its name, the column's type mapping and nullability, and where the value
    /// comes from (the CLR property, also inside a complex property such as the consent, or the shadow value).</summary>
    private sealed record ColumnValue(string ParameterName, RelationalTypeMapping TypeMapping, bool IsNullable, Func<object, object?> ValueOf);
}
