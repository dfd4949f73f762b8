using LocalInsights.Reports.PowerBI.Tests.Fake;

namespace LocalInsights.Reports.PowerBI.Tests;

/// <summary>Throttling, server errors, timeouts and refusals during push publications.</summary>
public sealed class PushFaultTests
{
    private const string PostRows = "Datasets_PostRowsInGroup";

    [Fact]
    public async Task Throttled_WaitsRetryAfterThenResends()
    {
        await using var harness = await PublisherHarness.StartAsync();
        harness.Server.Faults.Add(new FakeFault(PostRows, 3, 429) { RetryAfterSeconds = 30,
            Body = """{"message":"slow down"}""" });

        var publication = await harness.PublishAsync(Facts.Build(50_000), harness.Options());

        harness.AssertNoViolations();
        Assert.True(publication.Status == PowerBIPublicationStatus.Published, publication.Message);
        var throttled = harness.Server.Requests.Single(request => request.StatusCode == 429);
        var later = harness.Server.Requests.Where(request => request.OperationId == PostRows
            && request.ArrivedAt > throttled.ArrivedAt && request.StatusCode == 200).ToList();
        Assert.NotEmpty(later);
        Assert.All(later, request => Assert.True(request.ArrivedAt >= throttled.ArrivedAt.AddSeconds(30),
            "no POST rows request may reach the dataset before the Retry-After delay ends"));
        Assert.Equal(50_000, harness.Server.DatasetNamed("LocalInsights rennes").Tables["devices"].Rows.Count);
        Assert.Single(harness.Logs.MessagesOf(3121));
    }

    [Fact]
    public async Task ServerErrorAfterApply_ReloadsTableWithoutDuplicates()
    {
        await using var harness = await PublisherHarness.StartAsync();
        harness.Server.Faults.Add(new FakeFault(PostRows, 2, 500) { ApplyFirst = true });

        var publication = await harness.PublishAsync(Facts.Build(30_000), harness.Options());

        harness.AssertNoViolations();
        Assert.True(publication.Status == PowerBIPublicationStatus.Published, publication.Message);
        var rows = harness.Server.DatasetNamed("LocalInsights rennes").Tables["devices"].Rows;
        Assert.Equal(30_000, rows.Count);
        Assert.Equal(30_000, rows.Select(row => row.GetProperty("model").GetString()).Distinct().Count());
        Assert.Equal(2, publication.Tables.Single(table => table.Table == "devices").Attempts);
        Assert.Single(harness.Logs.MessagesOf(3114));
    }

    [Fact]
    public async Task PersistentServerError_ReportsRequestId()
    {
        await using var harness = await PublisherHarness.StartAsync();
        harness.Server.Faults.Add(new FakeFault(PostRows, 1, 503) { Times = int.MaxValue });

        var publication = await harness.PublishAsync(Facts.Build(10), harness.Options());

        harness.AssertNoViolations();
        Assert.Equal(PowerBIPublicationStatus.Failed, publication.Status);
        Assert.Equal(503, publication.Failure?.StatusCode);
        var failed = harness.Server.Requests.Last(request => request.StatusCode == 503);
        Assert.Equal(failed.RequestId, publication.Failure?.RequestId);
        Assert.Contains(failed.RequestId, publication.Message, StringComparison.Ordinal);
        Assert.Contains("partly loaded", publication.Message, StringComparison.Ordinal);
        Assert.Single(harness.Logs.MessagesOf(3104));
    }

    [Fact]
    public async Task Forbidden_NamesTheMissingPermission()
    {
        await using var harness = await PublisherHarness.StartAsync();
        harness.Server.Faults.Add(new FakeFault("Datasets_GetDatasetsInGroup", 1, 403)
        {
            Body = """{"error":{"code":"PowerBINotAuthorizedException","message":"Not authorized"}}""",
        });

        var publication = await harness.PublishAsync(Facts.Build(10), harness.Options());

        harness.AssertNoViolations();
        Assert.Equal(PowerBIPublicationStatus.Failed, publication.Status);
        Assert.Equal(403, publication.Failure?.StatusCode);
        Assert.Equal("PowerBINotAuthorizedException", publication.Failure?.ErrorCode);
        Assert.Contains("Member or Contributor role", publication.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Server.Requests, request => request.OperationId == PostRows);
    }

    [Fact]
    public async Task HangingRead_TimesOutAndRetries()
    {
        await using var harness = await PublisherHarness.StartAsync(attemptTimeout: TimeSpan.FromSeconds(3));
        harness.Server.Faults.Add(new FakeFault("Datasets_GetDatasetsInGroup", 1, 504) { Hang = true });

        var publication = await harness.PublishAsync(Facts.Build(10), harness.Options());

        harness.AssertNoViolations();
        Assert.True(publication.Status == PowerBIPublicationStatus.Published, publication.Message);
        Assert.Equal(2, harness.Server.Requests.Count(request => request.OperationId == "Datasets_GetDatasetsInGroup"));
    }

    [Fact]
    public async Task HangingPost_ReloadsTheTable()
    {
        await using var harness = await PublisherHarness.StartAsync(attemptTimeout: TimeSpan.FromSeconds(3));
        harness.Server.Faults.Add(new FakeFault(PostRows, 1, 504) { Hang = true });

        var publication = await harness.PublishAsync(Facts.Build(10), harness.Options());

        harness.AssertNoViolations();
        Assert.True(publication.Status == PowerBIPublicationStatus.Published, publication.Message);
        Assert.Equal(10, harness.Server.DatasetNamed("LocalInsights rennes").Tables["devices"].Rows.Count);
        Assert.Equal(2, harness.Server.Requests.Count(request =>
            request.OperationId == "Datasets_DeleteRowsInGroup" && request.Table == "devices"));
    }
}
