using System.Reflection;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace LeadBot.Dialogs.Runtime.Prompts;

/// <summary>
/// A copy of a stored prompt activity to send, so what sending does to it (ids, addresses, reply-to, anything a
/// middleware adds) never reaches the prompt kept in the dialog state. Every field is copied (a memberwise copy, so a
/// property a later schema version adds is not lost); the parts sending could change in place are copied again:
/// the lists, the suggested actions and the JSON payloads. Much cheaper than a JSON round trip of the whole activity.
/// </summary>
internal static class ActivityCopy
{
    private static readonly Func<object, object> Memberwise =
        typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!.CreateDelegate<Func<object, object>>();

    public static Activity Of(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity is not Activity source)
        {
            // Another IActivity implementation: the JSON round trip as before.
            return Newtonsoft.Json.JsonConvert.DeserializeObject<Activity>(Newtonsoft.Json.JsonConvert.SerializeObject(activity))!;
        }

        var copy = (Activity)Memberwise(source);
        copy.From = Account(source.From);
        copy.Recipient = Account(source.Recipient);
        copy.Conversation = source.Conversation is { } c ? (ConversationAccount)Memberwise(c) : null;
        copy.MembersAdded = List(source.MembersAdded);
        copy.MembersRemoved = List(source.MembersRemoved);
        copy.ReactionsAdded = List(source.ReactionsAdded);
        copy.ReactionsRemoved = List(source.ReactionsRemoved);
        copy.Attachments = List(source.Attachments);
        copy.Entities = List(source.Entities);
        copy.TextHighlights = List(source.TextHighlights);
        copy.ListenFor = List(source.ListenFor);
        copy.SuggestedActions = source.SuggestedActions is { } suggested
            ? new SuggestedActions(List(suggested.To), List(suggested.Actions))
            : null;
        copy.ChannelData = Payload(source.ChannelData);
        copy.Value = Payload(source.Value);
        copy.Properties = source.Properties is { } properties ? (JObject)properties.DeepClone() : null;
        return copy;
    }

    private static ChannelAccount? Account(ChannelAccount? account) => account is null ? null : (ChannelAccount)Memberwise(account);

    private static IList<T>? List<T>(IList<T>? list) => list is null ? null : new List<T>(list);

    private static object? Payload(object? value) => value is JToken token ? token.DeepClone() : value;
}
