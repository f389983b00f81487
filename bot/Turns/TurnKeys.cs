using System.Security.Cryptography;
using System.Text;
using Microsoft.Bot.Schema;

namespace LeadBot.Bot.Turns;

/// <summary>
/// The storage keys of one turn: the activity's record (hashes, so no id of a person is in a key: first of channel and
/// conversation, then of the activity id), the conversation's list of pending replies, and the Bot Framework state keys
/// of the conversation and the user (as ConversationState and UserState name them).
/// </summary>
public sealed record TurnKeys(string? RecordKey, string? PendingKey, string? ConversationPrefix, IReadOnlyList<string> StateKeys)
{
    /// <summary>Every activity record's key starts with this.</summary>
    public const string ActivityRecordPrefix = "leadbot/activities/";

    public static TurnKeys Of(IActivity activity)
    {
        var prefix = ConversationPrefixOf(activity.ChannelId, activity.Conversation?.Id);
        var record = prefix is null || string.IsNullOrEmpty(activity.Id) ? null : prefix + Hash(activity.Id);
        return new TurnKeys(record, prefix is null ? null : prefix + "pending", prefix, StateKeysOf(activity));
    }

    /// <summary>The record key of an activity (null without conversation or activity id).</summary>
    public static string? RecordKeyOf(string? channelId, string? conversationId, string? activityId) =>
        ConversationPrefixOf(channelId, conversationId) is { } prefix && !string.IsNullOrEmpty(activityId) ? prefix + Hash(activityId) : null;

    /// <summary>The common start of the record keys of every activity of a conversation.</summary>
    public static string? ConversationPrefixOf(string? channelId, string? conversationId) => string.IsNullOrEmpty(conversationId)
        ? null
        : ActivityRecordPrefix + Hash($"{channelId}\n{conversationId}") + "/";

    /// <summary>The conversation state's key, <c>{channel}/conversations/{conversation}</c>, as ConversationState forms it.</summary>
    public static string ConversationStateKeyOf(IActivity activity) => $"{activity.ChannelId}/conversations/{activity.Conversation?.Id}";

    private static string[] StateKeysOf(IActivity activity)
    {
        var channel = activity.ChannelId;
        var conversation = activity.Conversation?.Id;
        var user = activity.From?.Id;
        if (string.IsNullOrEmpty(channel) || string.IsNullOrEmpty(conversation))
        {
            return [];
        }

        return string.IsNullOrEmpty(user)
            ? [ConversationStateKeyOf(activity)]
            : [ConversationStateKeyOf(activity), $"{channel}/users/{user}"];
    }

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)).AsSpan(0, 16));
}
