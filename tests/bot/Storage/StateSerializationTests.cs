using LeadBot.Bot.Storage;
using LeadBot.Dialogs.Runtime;
using LeadBot.Dialogs.Runtime.Choices;
using LeadBot.Dialogs.Runtime.Prompts;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LeadBot.Bot.Tests.Storage;

/// <summary>How <see cref="StateSerializer"/> writes state: typed, so it reads back as the objects that were written, but
/// without type names the declared types already give and without the null properties of Bot Framework schema objects;
/// state written in the older form (every type named, as the Bot Framework's own storages write it) still reads back.</summary>
public sealed class StateSerializationTests
{
    private static readonly JsonSerializerSettings AllTypeNames = new() { TypeNameHandling = TypeNameHandling.All, MaxDepth = null };

    private static Dictionary<string, object> SampleState() => new()
    {
        ["stack"] = new List<EfCoreStorageTests.Frame>
        {
            new() { Id = "qualify", State = new Dictionary<string, object> { ["address"] = new EfCoreStorageTests.Address { City = "Berlin", Zip = 10115 }, ["n"] = 3L } },
        },
        ["numbers"] = new[] { 1, 2 },
    };

    [Fact]
    public void Stored_state_reads_back_as_the_objects_that_were_written()
    {
        var text = StateSerializer.Serialize(SampleState());

        AssertSampleState(StateSerializer.Deserialize(text));
        // The same state gives the same text (the change check of a turn compares texts).
        Assert.Equal(text, StateSerializer.Serialize(SampleState()));
        Assert.Equal(text, StateSerializer.Serialize(StateSerializer.Deserialize(text)!));
    }

    [Fact]
    public void Type_names_are_written_exactly_as_Newtonsofts_own_binder_writes_them()
    {
        // The cached names against the stock binder, with generic arguments nested two deep.
        var stock = new JsonSerializerSettings
        {
            TypeNameHandling = TypeNameHandling.Auto,
            ContractResolver = StateSerializer.Settings.ContractResolver,
            MaxDepth = null,
        };
        var state = SampleState();
        state["nested"] = new Dictionary<string, List<KeyValuePair<string, long>>> { ["a"] = [new("b", 1L)] };
        state["tuple"] = new Tuple<int, string, Uri>(1, "two", new Uri("https://example.com/"));

        Assert.Equal(JsonConvert.SerializeObject(state, typeof(object), stock), StateSerializer.Serialize(state));
    }

    [Fact]
    public void State_stored_with_every_type_named_still_reads_back_with_its_types()
    {
        var older = JsonConvert.SerializeObject(SampleState(), AllTypeNames);

        AssertSampleState(StateSerializer.Deserialize(older));
    }

    [Fact]
    public void A_waiting_prompt_is_stored_without_the_null_properties_of_its_activities_and_reads_back_equal()
    {
        var prompt = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "Stimmt alles? Oder wählen Sie, was Sie ändern möchten.",
            InputHint = InputHints.ExpectingInput,
            Attachments = [],
            Entities = [],
            ChannelData = JObject.FromObject(new { leadbot = new { step = "confirm" } }),
            SuggestedActions = new SuggestedActions { Actions = [new CardAction(ActionTypes.ImBack, "Ja, das stimmt", value: "Ja, das stimmt")] },
        };
        var options = new PromptOptions
        {
            Prompt = prompt,
            RetryPrompt = new Activity { Type = ActivityTypes.Message, Text = "Bitte bestätigen Sie mit „ja“." },
            Choices = [new Choice("Ja, das stimmt") { Synonyms = ["ja", "stimmt"] }],
        };
        var state = new Dictionary<string, object>
        {
            ["DialogState"] = new DialogState([new DialogInstance { Id = "summary.confirm", State = new Dictionary<string, object?> { ["options"] = options } }]),
        };

        var text = StateSerializer.Serialize(state);

        Assert.DoesNotContain("\"id\":null", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"timestamp\":null", text, StringComparison.Ordinal);
        Assert.True(text.Length * 2 < JsonConvert.SerializeObject(state, AllTypeNames).Length,
            $"{text.Length} characters stored, {JsonConvert.SerializeObject(state, AllTypeNames).Length} with every type named and every null written");

        var back = Assert.IsType<Dictionary<string, object>>(StateSerializer.Deserialize(text));
        var instance = Assert.Single(Assert.IsType<DialogState>(back["DialogState"]).DialogStack);
        var readOptions = Assert.IsType<PromptOptions>(instance.State["options"]);
        Assert.Equal(JsonConvert.SerializeObject(prompt), JsonConvert.SerializeObject(readOptions.Prompt));
        Assert.Equal(JsonConvert.SerializeObject(options.RetryPrompt), JsonConvert.SerializeObject(readOptions.RetryPrompt));
        Assert.Equal(["ja", "stimmt"], Assert.Single(readOptions.Choices!).Synonyms);
    }

    private static void AssertSampleState(object? value)
    {
        var back = Assert.IsType<Dictionary<string, object>>(value);
        var frame = Assert.Single(Assert.IsType<List<EfCoreStorageTests.Frame>>(back["stack"]));
        Assert.Equal("qualify", frame.Id);
        var address = Assert.IsType<EfCoreStorageTests.Address>(frame.State["address"]);
        Assert.Equal(("Berlin", 10115), (address.City, address.Zip));
        Assert.Equal(3L, frame.State["n"]);
        Assert.Equal(new[] { 1, 2 }, Assert.IsType<int[]>(back["numbers"]));
    }
}
