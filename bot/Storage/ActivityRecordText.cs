using System.Text;
using LeadBot.Bot.Turns;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LeadBot.Bot.Storage;

/// <summary>
/// How an activity's record (and a conversation's list of pending replies) is stored in the BotState table:
/// <c>{"status":"Committed","replies":[…]}</c>. The replies are embedded as the JSON array they are, not as a string
/// holding one; records written as a string still read back.
/// </summary>
internal static class ActivityRecordText
{
    public static readonly string Delivered = Format(ActivityStatus.Delivered, null);

    public static string Format(ActivityStatus status, string? replies)
    {
        var builder = new StringBuilder(32 + (replies?.Length ?? 0));
        builder.Append("{\"status\":\"").Append(status.ToString()).Append("\",\"replies\":");
        var trimmed = replies.AsSpan().Trim();
        if (replies is null)
        {
            builder.Append("null");
        }
        else if (trimmed.Length > 1 && ((trimmed[0] == '[' && trimmed[^1] == ']') || (trimmed[0] == '{' && trimmed[^1] == '}')))
        {
            builder.Append(trimmed);
        }
        else
        {
            builder.Append(JsonConvert.ToString(replies));
        }

        return builder.Append('}').ToString();
    }

    public static ActivityRecord Parse(StoredRow row)
    {
        JObject values;
        try
        {
            values = JObject.Parse(row.Json);
        }
        catch (JsonReaderException)
        {
            // Embedded replies that were not valid JSON: the record is unusable, treat it as a bare claim.
            return new ActivityRecord(ActivityStatus.Claimed, null, row.ETag, row.UpdatedAt);
        }

        var status = values.TryGetValue("status", out var s) && s.Type == JTokenType.String && Enum.TryParse<ActivityStatus>((string?)s, out var parsed)
            ? parsed
            : ActivityStatus.Claimed;
        var replies = values.TryGetValue("replies", out var r)
            ? r.Type switch
            {
                JTokenType.Null or JTokenType.Undefined => null,
                JTokenType.String => (string?)r,
                _ => r.ToString(Formatting.None),
            }
            : null;
        return new ActivityRecord(status, replies, row.ETag, row.UpdatedAt);
    }
}
