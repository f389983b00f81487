using LeadBot.Bot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.Storage;

/// <summary>Run against both providers: <see cref="EfCoreStorageTestsOnSqlite"/> and <see cref="EfCoreStorageTestsOnPostgreSql"/>.</summary>
public abstract class EfCoreStorageTests
{
    protected abstract StorageProvider Provider { get; }

    private const string Key = "webchat/conversations/conv-1";

    [Fact]
    public async Task Storage_is_registered_as_one_EfCoreStorage()
    {
        await using var db = await StorageTestDatabase.CreateAsync(Provider);

        Assert.IsType<EfCoreStorage>(db.Storage);
        Assert.Same(db.Storage, db.Services.GetRequiredService<IStorage>());
    }

    [Fact]
    public async Task A_nested_typed_object_round_trips_with_its_types()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        var state = new DialogLikeState
        {
            Stack = [new Frame { Id = "qualify", State = new Dictionary<string, object> { ["address"] = new Address { City = "Berlin", Zip = 10115 }, ["count"] = 3L } }],
            Anything = new Address { City = "Köln", Zip = 50667 },
        };

        await db.Storage.WriteAsync(new Dictionary<string, object> { [Key] = state, ["plain"] = new Address { City = "Bonn" } });
        var read = await db.Storage.ReadAsync([Key, "plain", "missing"]);

        Assert.Equal(2, read.Count);
        Assert.False(read.ContainsKey("missing"));
        var back = Assert.IsType<DialogLikeState>(read[Key]);
        var frame = Assert.Single(back.Stack);
        Assert.Equal("qualify", frame.Id);
        var address = Assert.IsType<Address>(frame.State["address"]);
        Assert.Equal(("Berlin", 10115), (address.City, address.Zip));
        Assert.Equal(3L, frame.State["count"]);
        Assert.Equal("Köln", Assert.IsType<Address>(back.Anything).City);
        Assert.Equal(state.ETag, back.ETag);
        Assert.Equal("Bonn", Assert.IsType<Address>(read["plain"]).City);
    }

    [Fact]
    public async Task Every_write_gets_a_new_etag_set_on_the_item_and_returned_by_reads()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        var item = new Counter { Count = 1 };

        await db.Storage.WriteAsync(new Dictionary<string, object> { [Key] = item });
        var first = item.ETag;
        item.Count = 2;
        await db.Storage.WriteAsync(new Dictionary<string, object> { [Key] = item });
        var second = item.ETag;

        Assert.False(string.IsNullOrEmpty(first));
        Assert.NotEqual(first, second);
        var read = Assert.IsType<Counter>((await db.Storage.ReadAsync([Key]))[Key]);
        Assert.Equal(second, read.ETag);
        Assert.Equal(2, read.Count);
    }

    [Fact]
    public async Task A_stale_etag_is_refused_and_the_stored_value_stays_unchanged()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        await db.Storage.WriteAsync(new Dictionary<string, object> { [Key] = new Counter { Count = 1 } });
        var mine = (Counter)(await db.Storage.ReadAsync([Key]))[Key];
        var theirs = (Counter)(await db.Storage.ReadAsync([Key]))[Key];
        theirs.Count = 2;
        await db.Storage.WriteAsync(new Dictionary<string, object> { [Key] = theirs });

        mine.Count = 99;
        var staleETag = mine.ETag;
        var error = await Assert.ThrowsAsync<StorageConcurrencyException>(() => db.Storage.WriteAsync(new Dictionary<string, object> { [Key] = mine }));

        Assert.Equal(Key, error.Key);
        Assert.Contains("ETag", error.Message, StringComparison.Ordinal);
        Assert.Equal(staleETag, mine.ETag);
        var stored = (Counter)(await db.Storage.ReadAsync([Key]))[Key];
        Assert.Equal(2, stored.Count);
        Assert.Equal(theirs.ETag, stored.ETag);
    }

    [Fact]
    public async Task A_concrete_etag_for_a_deleted_item_is_a_conflict_and_writes_nothing()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);

        await Assert.ThrowsAsync<StorageConcurrencyException>(() =>
            db.Storage.WriteAsync(new Dictionary<string, object> { [Key] = new Counter { Count = 1, ETag = "gone" } }));

        Assert.Equal(0, await db.ScalarAsync("SELECT count(*) FROM BotState"));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("")]
    [InlineData(null)]
    public async Task A_wildcard_or_missing_etag_overwrites_unconditionally(string? etag)
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        await db.Storage.WriteAsync(new Dictionary<string, object> { [Key] = new Counter { Count = 1 } });
        await db.Storage.WriteAsync(new Dictionary<string, object> { [Key] = new Counter { Count = 2 } });

        var overwrite = new Counter { Count = 3, ETag = etag! };
        await db.Storage.WriteAsync(new Dictionary<string, object> { [Key] = overwrite });

        var stored = (Counter)(await db.Storage.ReadAsync([Key]))[Key];
        Assert.Equal(3, stored.Count);
        Assert.Equal(overwrite.ETag, stored.ETag);
        Assert.NotEqual("*", stored.ETag);
    }

    [Fact]
    public async Task Delete_removes_the_keys_and_ignores_missing_ones()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        await db.Storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Counter(), ["b"] = new Counter(), ["c"] = new Counter() });

        await db.Storage.DeleteAsync(["a", "c", "never-written"]);

        var read = await db.Storage.ReadAsync(["a", "b", "c"]);
        Assert.Equal(["b"], read.Keys);
        Assert.Equal(1, await db.ScalarAsync("SELECT count(*) FROM BotState"));
    }

    [Fact]
    public async Task Reading_missing_keys_writes_nothing()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);

        var read = await db.Storage.ReadAsync(["webchat/users/u1", "webchat/conversations/c1"]);
        var single = await db.Storage.ReadAsync(["webchat/users/u2"]);

        Assert.Empty(read);
        Assert.Empty(single);
        Assert.Equal(0, await db.ScalarAsync("SELECT count(*) FROM BotState"));
    }

    [Fact]
    public async Task Two_instances_racing_with_the_same_etag_let_exactly_one_win()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        await using var secondProcess = db.CreateServices();
        var storages = new[] { db.Storage, secondProcess.GetRequiredService<IStorage>() };
        Assert.NotSame(storages[0], storages[1]);

        for (var round = 0; round < 20; round++)
        {
            var key = $"race/{round}";
            var start = new Counter { Count = 0 };
            await storages[0].WriteAsync(new Dictionary<string, object> { [key] = start });

            using var go = new ManualResetEventSlim();
            var attempts = Enumerable.Range(1, 2).Select(i => Task.Run(async () =>
            {
                var item = new Counter { Count = i, ETag = start.ETag };
                go.Wait();
                try
                {
                    await storages[i - 1].WriteAsync(new Dictionary<string, object> { [key] = item });
                    return i;
                }
                catch (StorageConcurrencyException)
                {
                    return 0;
                }
            })).ToArray();
            go.Set();
            var results = await Task.WhenAll(attempts);

            var winner = Assert.Single(results, r => r != 0);
            var stored = (Counter)(await storages[1].ReadAsync([key]))[key];
            Assert.Equal(winner, stored.Count);
        }
    }

    [Fact]
    public async Task Concurrent_unconditional_writes_to_a_new_key_all_succeed()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        await using var secondProcess = db.CreateServices();
        var storages = new[] { db.Storage, secondProcess.GetRequiredService<IStorage>() };

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => storages[i % 2].WriteAsync(new Dictionary<string, object> { ["new-key"] = new Counter { Count = i } }))));

        Assert.Equal(1, await db.ScalarAsync("SELECT count(*) FROM BotState"));
    }

    public sealed class Counter : IStoreItem
    {
        public int Count { get; set; }

        public string ETag { get; set; } = null!;
    }

    public sealed class Address
    {
        public string City { get; set; } = "";

        public int Zip { get; set; }
    }

    public sealed class Frame
    {
        public string Id { get; set; } = "";

        public Dictionary<string, object> State { get; set; } = [];
    }

    public sealed class DialogLikeState : IStoreItem
    {
        public List<Frame> Stack { get; set; } = [];

        public object? Anything { get; set; }

        public string ETag { get; set; } = null!;
    }
}

public sealed class EfCoreStorageTestsOnSqlite : EfCoreStorageTests
{
    protected override StorageProvider Provider => StorageProvider.Sqlite;
}

[Trait("Category", "Slow")]
public sealed class EfCoreStorageTestsOnPostgreSql : EfCoreStorageTests
{
    protected override StorageProvider Provider => StorageProvider.PostgreSql;
}
