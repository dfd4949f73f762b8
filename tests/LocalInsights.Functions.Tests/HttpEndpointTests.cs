using System.Text.Json;
using LocalInsights.Functions.Endpoints;
using LocalInsights.Functions.Queues;
using LocalInsights.Functions.Tests.Support;
using LocalInsights.Functions.Triggers;
using LocalInsights.Hosting.History;
using LocalInsights.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace LocalInsights.Functions.Tests;

/// <summary>The HTTP endpoints called directly with ASP.NET Core requests, against Azurite.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class HttpEndpointTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = TestSettings.Utc("2026-12-01T10:00:00Z");

    [Fact]
    public async Task ListSchedules_ReturnsNextOccurrences()
    {
        await using var harness = await FunctionsHarness.CreateAsync(azurite.ConnectionString, Now);

        var result = harness.Function<ScheduleEndpoints>().ListSchedules(Request("GET", "?count=2"));

        var body = Body<ScheduleListResponse>(result, StatusCodes.Status200OK);
        var schedule = Assert.Single(body.Schedules);
        Assert.Empty(body.Problems);
        Assert.Equal(TestSettings.Register, schedule.Connector);
        Assert.Equal("0 6 2 * *", schedule.Expression);
        Assert.Equal("Europe/Paris", schedule.TimeZone);
        Assert.Equal("PreviousMonth", schedule.Window);
        Assert.Equal([TestSettings.Utc("2026-12-02T05:00:00Z"), TestSettings.Utc("2027-01-02T05:00:00Z")],
            schedule.Next);
        Assert.Equal(TimeSpan.FromHours(1), schedule.NextLocal[0].Offset);
        var json = Json(result);
        Assert.Contains("\"nextLocal\":[\"2026-12-02T06:00:00+01:00\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListSchedules_InvalidCount_Returns400()
    {
        await using var harness = await FunctionsHarness.CreateAsync(azurite.ConnectionString, Now);

        var result = harness.Function<ScheduleEndpoints>().ListSchedules(Request("GET", "?count=0"));

        Assert.Contains("count '0' is invalid", Body<ErrorResponse>(result, 400).Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartRun_QueuesEveryEnabledConnector()
    {
        await using var harness = await FunctionsHarness.CreateAsync(azurite.ConnectionString, Now);

        var result = await harness.Function<RunEndpoints>().StartRunAsync(Request("POST", "?month=2026-10"),
            TestSettings.Environment, CancellationToken.None);

        var body = Body<StartRunResponse>(result, StatusCodes.Status202Accepted);
        Assert.Equal("2026-10", body.Month);
        Assert.Equal([TestSettings.Blocking, TestSettings.Register, TestSettings.MissingFile],
            body.Runs.Select(run => run.Connector).Order(StringComparer.Ordinal));
        var messages = await harness.PeekAllAsync(JobQueues.Pulls);
        Assert.Equal(body.Runs.Select(run => run.RunId).Order(), messages.Select(message => message.RunId).Order());
        Assert.All(messages, message => Assert.Equal(body.BatchId, message.BatchId));
        Assert.Equal(JobTrigger.Manual, (await harness.RunAsync(body.Runs[0].RunId)).Trigger);
    }

    [Fact]
    public async Task StartRun_DefaultsToPreviousMonth()
    {
        await using var harness = await FunctionsHarness.CreateAsync(azurite.ConnectionString, Now);

        var result = await harness.Function<RunEndpoints>().StartRunAsync(
            Request("POST", $"?connector={TestSettings.Register}"), TestSettings.Environment, CancellationToken.None);

        var body = Body<StartRunResponse>(result, StatusCodes.Status202Accepted);
        Assert.Equal("2026-11", body.Month);
        Assert.Equal([TestSettings.Register], body.Runs.Select(run => run.Connector));
    }

    [Theory]
    [InlineData("unknown-env", "", 404, "Environment 'unknown-env' is not configured")]
    [InlineData(TestSettings.Environment, "?month=11-2026", 400, "write it as yyyy-MM")]
    [InlineData(TestSettings.Environment, "?connector=intune", 400, "Connector 'intune' is not an enabled connector")]
    public async Task StartRun_InvalidRequest_ReturnsError(string environment, string query, int status,
        string expected)
    {
        await using var harness = await FunctionsHarness.CreateAsync(azurite.ConnectionString, Now);

        var result = await harness.Function<RunEndpoints>().StartRunAsync(Request("POST", query), environment,
            CancellationToken.None);

        Assert.Contains(expected, Body<ErrorResponse>(result, status).Error, StringComparison.Ordinal);
        Assert.Empty(await harness.PeekAllAsync(JobQueues.Pulls));
    }

    [Fact]
    public async Task ListRuns_ReturnsHistoryNewestFirst()
    {
        await using var harness = await FunctionsHarness.CreateAsync(azurite.ConnectionString, Now);
        var endpoints = harness.Function<RunEndpoints>();
        await endpoints.StartRunAsync(Request("POST", $"?connector={TestSettings.Register}"),
            TestSettings.Environment, CancellationToken.None);
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await endpoints.StartRunAsync(Request("POST", $"?connector={TestSettings.MissingFile}"),
            TestSettings.Environment, CancellationToken.None);

        var result = await endpoints.ListRunsAsync(Request("GET", "?days=7"), TestSettings.Environment,
            CancellationToken.None);

        var body = Body<RunHistoryResponse>(result, StatusCodes.Status200OK);
        Assert.Equal([TestSettings.MissingFile, TestSettings.Register], body.Runs.Select(run => run.Connector));
        Assert.All(body.Runs, run => Assert.Equal(JobStatus.Queued, run.Status));
        Assert.Equal(Now.AddMinutes(1).AddDays(-7), body.Since);
        Assert.Contains("\"status\":\"Queued\"", Json(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Freshness_ListsLatestSuccessAndMissing()
    {
        await using var harness = await FunctionsHarness.CreateAsync(azurite.ConnectionString, Now);
        await harness.Function<RunEndpoints>().StartRunAsync(Request("POST", $"?connector={TestSettings.Register}"),
            TestSettings.Environment, CancellationToken.None);
        var pull = Assert.Single(await harness.ReceiveAllAsync(JobQueues.Pulls));
        await harness.Function<RunPullFunction>().RunAsync(RunQueue.Serialize(pull), CancellationToken.None);
        harness.Time.Advance(TimeSpan.FromHours(3));

        var result = await harness.Function<RunEndpoints>().GetFreshnessAsync(Request("GET", ""),
            TestSettings.Environment, CancellationToken.None);

        var body = Body<FreshnessResponse>(result, StatusCodes.Status200OK);
        var register = Assert.Single(body.Connectors);
        Assert.Equal(TestSettings.Register, register.Name);
        Assert.Equal(pull.RunId, register.RunId);
        Assert.Equal("2026-11", register.Month);
        Assert.Equal(3.0, register.AgeHours);
        Assert.Null(body.Aggregation);
        Assert.Equal([TestSettings.Blocking, TestSettings.MissingFile], body.NeverSucceeded);
    }

    private static HttpRequest Request(string method, string query)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.QueryString = new QueryString(query.Length == 0 ? null : query);
        return context.Request;
    }

    private static T Body<T>(IActionResult result, int status)
    {
        var json = Assert.IsType<JsonResult>(result);
        Assert.Equal(status, json.StatusCode);
        return Assert.IsType<T>(json.Value);
    }

    /// <summary>Serialises the result's value with the options the result carries, as the response would be.</summary>
    private static string Json(IActionResult result)
    {
        var json = Assert.IsType<JsonResult>(result);
        var options = (JsonSerializerOptions)json.SerializerSettings!;
        return JsonSerializer.Serialize(json.Value, json.Value!.GetType(), options);
    }
}
