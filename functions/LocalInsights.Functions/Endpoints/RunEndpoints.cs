using System.Globalization;
using LocalInsights.Core.Configuration;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Pipeline;
using LocalInsights.Functions.Jobs;
using LocalInsights.Functions.Queues;
using LocalInsights.Hosting;
using LocalInsights.Hosting.History;
using LocalInsights.Hosting.Scheduling;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace LocalInsights.Functions.Endpoints;

/// <summary>
/// Runs of one environment: <c>POST /api/environments/{environment}/runs</c> starts pulls now,
/// <c>GET …/runs?days=N</c> returns the history and <c>GET …/freshness</c> the latest success of each source.
/// </summary>
public sealed class RunEndpoints(EnvironmentCatalog environments, ScheduleReader schedules, BatchQueue batches,
    RunHistoryTable history, IOptions<JobsOptions> options, TimeProvider timeProvider)
{
    /// <summary>
    /// Queues one pull of each connector given in <c>connector</c>, which may be repeated, for <c>month</c>
    /// (<c>yyyy-MM</c>), and returns 202 with the run ids. By default every enabled connector is pulled, for the
    /// environment's <c>Month</c>, else the previous month in the schedule time zone. The aggregation follows the
    /// last pull.
    /// </summary>
    [Function("StartRun")]
    public async Task<IActionResult> StartRunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "environments/{environment}/runs")]
        HttpRequest request, string environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!environments.Ids.Contains(environment, StringComparer.Ordinal))
        {
            return UnknownEnvironment(environment);
        }

        EnvironmentSettings settings;
        try
        {
            settings = environments.Load(environment);
        }
        catch (ConfigurationException exception)
        {
            return JsonResponses.Error(StatusCodes.Status500InternalServerError, exception.Message);
        }

        var month = request.Query["month"].ToString();
        PullWindow window;
        try
        {
            window = month.Length > 0
                ? PullWindow.ParseMonth(month)
                : settings.DefaultWindow ?? PreviousMonth(environment);
        }
        catch (FormatException exception)
        {
            return JsonResponses.Error(StatusCodes.Status400BadRequest, $"Query parameter month: {exception.Message}");
        }

        return await QueueAsync(settings, window, request.Query["connector"], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Returns the runs queued in the last <c>days</c> days, by default <c>LocalInsights:Jobs:HistoryDays</c>.
    /// </summary>
    [Function("ListRuns")]
    public async Task<IActionResult> ListRunsAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "environments/{environment}/runs")]
        HttpRequest request, string environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var daysText = request.Query["days"].ToString();
        var days = options.Value.HistoryDays;
        if (daysText.Length > 0
            && (!int.TryParse(daysText, CultureInfo.InvariantCulture, out days) || days is < 1 or > 3650))
        {
            return JsonResponses.Error(StatusCodes.Status400BadRequest,
                $"Query parameter days '{daysText}' is invalid: give a number of days from 1 to 3650.");
        }

        var since = timeProvider.GetUtcNow().AddDays(-days);
        var runs = await history.ListRunsAsync(environment, since, cancellationToken).ConfigureAwait(false);
        return JsonResponses.Ok(new RunHistoryResponse(environment, since, runs),
            JobJsonContext.Default.RunHistoryResponse);
    }

    /// <summary>Returns the latest success of each connector and of the aggregation.</summary>
    [Function("GetFreshness")]
    public async Task<IActionResult> GetFreshnessAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "environments/{environment}/freshness")]
        HttpRequest request, string environment, CancellationToken cancellationToken)
    {
        if (!environments.Ids.Contains(environment, StringComparer.Ordinal))
        {
            return UnknownEnvironment(environment);
        }

        var latest = await history.ListFreshnessAsync(environment, cancellationToken).ConfigureAwait(false);
        var aggregation = latest.FirstOrDefault(item => item.Name == FreshnessEntity.AggregationName);
        var connectors = latest.Where(item => item.Name != FreshnessEntity.AggregationName).ToList();
        var never = schedules.ConnectorNames(environment)
            .Where(name => connectors.All(item => item.Name != name)).ToList();
        return JsonResponses.Ok(
            new FreshnessResponse(environment, timeProvider.GetUtcNow(), connectors, aggregation, never),
            JobJsonContext.Default.FreshnessResponse);
    }

    private async Task<IActionResult> QueueAsync(EnvironmentSettings settings, PullWindow window,
        StringValues requested, CancellationToken cancellationToken)
    {
        var enabled = settings.Connectors.Where(connector => connector.Enabled).Select(connector => connector.Name)
            .ToList();
        var names = requested.Count == 0 ? enabled : requested.Select(name => name ?? string.Empty).Distinct().ToList();
        var unknown = names.Where(name => !enabled.Contains(name, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            return JsonResponses.Error(StatusCodes.Status400BadRequest,
                $"Connector {string.Join(", ", unknown.Select(name => $"'{name}'"))} is not an enabled connector of "
                + $"environment '{settings.Id}'. Enabled connectors: {string.Join(", ", enabled)}.");
        }

        var pulls = names.Select(name => new PlannedPull(name, PullRunner.NewRunId(timeProvider), null)).ToList();
        var batch = await batches.QueueAsync(settings.Id, window, pulls, JobTrigger.Manual, cancellationToken)
            .ConfigureAwait(false);
        var response = new StartRunResponse(settings.Id, batch.BatchId, batch.Month,
            pulls.Select(pull => new StartedPull(pull.Connector, pull.RunId)).ToList());
        return JsonResponses.Ok(response, JobJsonContext.Default.StartRunResponse, StatusCodes.Status202Accepted);
    }

    private PullWindow PreviousMonth(string environment)
    {
        var today = TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), schedules.TimeZoneOf(environment));
        var previous = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        return PullWindow.ForMonth(previous.Year, previous.Month);
    }

    private JsonResult UnknownEnvironment(string environment) =>
        JsonResponses.Error(StatusCodes.Status404NotFound,
            $"Environment '{environment}' is not configured. Configured: {string.Join(", ", environments.Ids)}.");
}
