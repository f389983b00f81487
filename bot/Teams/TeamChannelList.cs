using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using LeadBot.Bot.Hosting;
using LeadBot.Bot.Turns;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;

namespace LeadBot.Bot.Teams;

/// <summary>
/// Asks the Bot Connector for a team's channels (<c>GET {serviceUrl}/v3/teams/{teamId}/conversations</c>, answered with
/// <c>{"conversations":[{"id":…,"name":…}]}</c>) during an install turn, asking again when it is busy or briefly down:
/// 429, 408, 5xx, a failed connection or a timeout, at most <see cref="TurnOptions.DeliveryAttempts"/> times, waiting
/// <see cref="TurnOptions.RetryDelay"/> or the connector's Retry-After in between. A refusal (another 4xx) or an answer
/// that is no channel list is not asked again.
/// </summary>
/// <remarks>
/// The SDK's <c>TeamsInfo.GetTeamChannelsAsync</c> would do the same request, but through a client with its own fixed
/// retry policy (seconds of waiting that no setting changes, inside a turn Teams gives a few seconds) and, for a connector
/// client that is not the stock one, on a new HTTP client outside the bot's <see cref="BotHostExtensions.ConnectorHttpClientName"/>
/// pipeline. Here the request goes through that pipeline (its service-URL guard, pooled connections) with the turn's
/// connector credentials (the bearer token on Azure channels), and waits as a reply's delivery does.
/// </remarks>
public sealed class TeamChannelList(IHttpClientFactory httpClients, TurnOptions turns, TimeProvider clock, ILogger<TeamChannelList> logger)
{
    private static readonly JsonSerializerOptions AnswerJson = new(JsonSerializerDefaults.Web);

    /// <summary>The team's channels with an id, or null when the Bot Connector did not give them (the reason is logged).</summary>
    public async Task<IReadOnlyList<TeamsChannelRecord>?> FetchAsync(ITurnContext turnContext, string teamId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentException.ThrowIfNullOrEmpty(teamId);
        if (turnContext.TurnState.Get<IConnectorClient>() is not { BaseUri: { } serviceUrl } connector)
        {
            logger.LogWarning("Could not list the team's channels: the turn has no connector client; only the General channel is known.");
            return null;
        }

        var url = new Uri(serviceUrl.AbsoluteUri.TrimEnd('/') + "/v3/teams/" + Uri.EscapeDataString(teamId) + "/conversations");
        var http = httpClients.CreateClient(BotHostExtensions.ConnectorHttpClientName);
        for (var attempt = 1; ; attempt++)
        {
            string failure;
            TimeSpan? retryAfter = null;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                if (connector.Credentials is { } credentials)
                {
                    await credentials.ProcessHttpRequestAsync(request, cancellationToken).ConfigureAwait(false);
                }

                using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    var answer = await response.Content.ReadFromJsonAsync<ChannelListAnswer>(AnswerJson, cancellationToken).ConfigureAwait(false);
                    return (answer?.Conversations ?? [])
                        .Where(c => !string.IsNullOrEmpty(c?.Id))
                        .Select(c => new TeamsChannelRecord { Id = c!.Id!, Name = c.Name })
                        .ToList();
                }

                failure = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!ReplyDelivery.IsTransientStatus(response.StatusCode))
                {
                    logger.LogWarning("Could not list the team's channels: the Bot Connector answered {Status}; only the General channel is known.", failure);
                    return null;
                }

                retryAfter = RetryAfterOf(response.Headers.RetryAfter);
            }
            catch (Exception exception) when (exception is HttpRequestException or IOException
                                                  || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // No answer (a failed connection, or the HTTP client's own timeout): may pass on the next attempt.
                failure = exception.GetType().Name;
            }
            catch (Exception exception) when (exception is JsonException or NotSupportedException)
            {
                logger.LogWarning("Could not list the team's channels: the Bot Connector's answer is no channel list ({ExceptionType}); only the General channel is known.", exception.GetType().Name);
                return null;
            }

            if (attempt >= turns.DeliveryAttempts || retryAfter > turns.LongestRetryDelay)
            {
                logger.LogWarning("Could not list the team's channels ({Failure}, {Attempts} attempt(s)); only the General channel is known.", failure, attempt);
                return null;
            }

            await Task.Delay(retryAfter ?? turns.RetryDelay(attempt), clock, cancellationToken).ConfigureAwait(false);
        }
    }

    private TimeSpan? RetryAfterOf(RetryConditionHeaderValue? header) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - clock.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private sealed record ChannelListAnswer(List<ChannelEntry?>? Conversations);

    private sealed record ChannelEntry(string? Id, string? Name);
}
