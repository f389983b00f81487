using Microsoft.Bot.Connector;

namespace LeadBot.Dialogs.Runtime.Choices;

/// <summary>What a channel can render (the Bot Framework's Channel capability table).</summary>
public static class Channel
{
    public static bool SupportsSuggestedActions(string? channelId, int buttonCnt = 100, string? conversationType = null) =>
        channelId switch
        {
            Channels.Facebook or Channels.Skype => buttonCnt <= 10,
            Channels.Line => buttonCnt <= 13,
            "kik" => buttonCnt <= 20,
            Channels.Telegram or Channels.Emulator or Channels.Directline or Channels.DirectlineSpeech or Channels.Webchat => buttonCnt <= 100,
            Channels.Msteams => conversationType == "personal" && buttonCnt <= 3,
            _ => false,
        };

    public static bool SupportsCardActions(string? channelId, int buttonCnt = 100) =>
        channelId switch
        {
            Channels.Facebook or Channels.Skype => buttonCnt <= 3,
            Channels.Msteams => buttonCnt <= 50,
            Channels.Line => buttonCnt <= 99,
            Channels.Slack or Channels.Telegram or Channels.Emulator or Channels.Directline or Channels.DirectlineSpeech or Channels.Webchat => buttonCnt <= 100,
            _ => false,
        };
}
