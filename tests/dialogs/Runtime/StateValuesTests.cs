using LeadBot.Dialogs.Recognition;
using LeadBot.Dialogs.Runtime;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LeadBot.Dialogs.Tests.Runtime;

public class StateValuesTests
{
    [Fact]
    public void Converts_widened_numbers_and_json_tokens()
    {
        var bag = new Dictionary<string, object?>
        {
            ["long"] = 42L,
            ["jobject"] = JObject.FromObject(new BudgetEstimate(1m, 2m, "EUR", false, "1-2")),
            ["jarray"] = new JArray("a", "b"),
            ["jvalue"] = new JValue(7L),
            ["null"] = null,
            ["text"] = "x",
        };

        Assert.Equal(42, bag.GetValue<int>("long"));
        Assert.Equal(new BudgetEstimate(1m, 2m, "EUR", false, "1-2"), bag.GetValue<BudgetEstimate>("jobject"));
        Assert.Equal(["a", "b"], bag.GetValue<List<string>>("jarray")!);
        Assert.Equal(7, bag.GetValue<int>("jvalue"));
        Assert.Null(bag.GetValue<string>("null"));
        Assert.Equal(0, bag.GetValue<int>("missing"));
        Assert.Equal(0, bag.GetValue<int>("text"));
    }

    [Fact]
    public void Dialog_state_round_trips_through_type_name_handling_all()
    {
        var settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All };
        var state = new DialogState();
        state.DialogStack.Add(new DialogInstance
        {
            Id = "w",
            State = new Dictionary<string, object?>
            {
                ["values"] = new Dictionary<string, object?> { ["timeline"] = new TimelineEstimate(new DateOnly(2027, 1, 1), null, "2027", false, "next year") },
                ["stepIndex"] = 2,
            },
        });

        var copy = JsonConvert.DeserializeObject<DialogState>(JsonConvert.SerializeObject(state, settings), settings)!;
        var values = (IDictionary<string, object?>)copy.DialogStack[0].State["values"]!;

        Assert.Equal(2, copy.DialogStack[0].State.GetValue<int>("stepIndex"));
        Assert.Equal(new DateOnly(2027, 1, 1), values.GetValue<TimelineEstimate>("timeline")!.Start);
    }
}
