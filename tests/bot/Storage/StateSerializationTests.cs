using LeadBot.Bot.Storage;
using Newtonsoft.Json;

namespace LeadBot.Bot.Tests.Storage;

/// <summary>The cached type names of <see cref="EfCoreStorage"/>'s serializer write exactly what Newtonsoft's default
/// (TypeNameHandling.All, simple assembly names) writes, so state stored before and after reads back alike.</summary>
public sealed class StateSerializationTests
{
    [Fact]
    public void Stored_json_is_the_same_text_as_with_the_default_binder_and_reads_back_with_its_types()
    {
        var state = new Dictionary<string, object>
        {
            ["stack"] = new List<EfCoreStorageTests.Frame>
            {
                new() { Id = "qualify", State = new Dictionary<string, object> { ["address"] = new EfCoreStorageTests.Address { City = "Berlin", Zip = 10115 }, ["n"] = 3L } },
            },
            ["tuple"] = new KeyValuePair<string, int[]>("a", [1, 2]),
        };
        var defaults = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All, MaxDepth = null };

        var expected = JsonConvert.SerializeObject(state, defaults);
        Assert.Equal(expected, EfCoreStorage.Serialize(state));
        Assert.Equal(expected, EfCoreStorage.Serialize(state));

        var back = Assert.IsType<Dictionary<string, object>>(EfCoreStorage.Deserialize(expected));
        var frame = Assert.Single(Assert.IsType<List<EfCoreStorageTests.Frame>>(back["stack"]));
        Assert.Equal("Berlin", Assert.IsType<EfCoreStorageTests.Address>(frame.State["address"]).City);
        Assert.Equal(expected, JsonConvert.SerializeObject(JsonConvert.DeserializeObject(EfCoreStorage.Serialize(state), defaults), defaults));
    }
}
