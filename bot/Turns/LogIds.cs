using LeadBot.Bot.Hosting;
using Microsoft.Bot.Schema;

namespace LeadBot.Bot.Turns;

/// <summary>How a turn names its activity and conversation in logs: never the ids as the channel sent them.</summary>
internal static class LogIds
{
    public static string Conversation(IActivity? activity) => AdapterWithErrorHandler.HashConversationId(activity?.Conversation?.Id);

    public static string Activity(IActivity? activity) => AdapterWithErrorHandler.DescribeActivityId(activity?.Id);
}
