using System.Globalization;
using LocalInsights.Functions.Queues;
using LocalInsights.Hosting.Scheduling;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace LocalInsights.Functions.Endpoints;

/// <summary>
/// <c>GET /api/schedules?count=N</c>: every connector schedule with its next N occurrences (default 3).
/// </summary>
public sealed class ScheduleEndpoints(ScheduleReader schedules, TimeProvider timeProvider)
{
    public const int DefaultCount = 3;
    public const int MaxCount = 50;

    [Function("ListSchedules")]
    public IActionResult ListSchedules(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "schedules")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var countText = request.Query["count"].ToString();
        var count = DefaultCount;
        if (countText.Length > 0
            && (!int.TryParse(countText, CultureInfo.InvariantCulture, out count) || count is < 1 or > MaxCount))
        {
            return JsonResponses.Error(StatusCodes.Status400BadRequest,
                $"Query parameter count '{countText}' is invalid: give a number of occurrences from 1 to {MaxCount}.");
        }

        var now = timeProvider.GetUtcNow();
        var views = new List<ScheduleView>();
        var problems = new List<EnvironmentProblems>();
        foreach (var environment in schedules.ReadAll())
        {
            if (!environment.IsValid)
            {
                problems.Add(new EnvironmentProblems(environment.Environment, environment.Problems));
            }

            views.AddRange(environment.Schedules.Select(schedule => ViewOf(schedule, now, count)));
        }

        return JsonResponses.Ok(new ScheduleListResponse(now, views, problems),
            JobJsonContext.Default.ScheduleListResponse);
    }

    private static ScheduleView ViewOf(ConnectorSchedule schedule, DateTimeOffset now, int count)
    {
        var next = schedule.Next(now, count);
        return new ScheduleView(schedule.Environment, schedule.Connector, schedule.Expression, schedule.TimeZone.Id,
            schedule.Window.ToString(), next,
            next.Select(occurrence => TimeZoneInfo.ConvertTime(occurrence, schedule.TimeZone)).ToList());
    }
}
