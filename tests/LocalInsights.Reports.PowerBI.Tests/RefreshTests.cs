using LocalInsights.Reports.PowerBI.Configuration;
using LocalInsights.Reports.PowerBI.Tests.Fake;

namespace LocalInsights.Reports.PowerBI.Tests;

/// <summary>Refreshes of an import dataset that an authority built over the aggregate files.</summary>
public sealed class RefreshTests
{
    private const string ModelName = "Pilotage numérique";

    [Fact]
    public async Task Refresh_Completes_AfterPolling()
    {
        await using var harness = await PublisherHarness.StartAsync();
        var dataset = harness.Server.AddImportDataset(ModelName);

        var publication = await harness.PublishAsync(Facts.Small(), harness.Options(PowerBIMode.Refresh, ModelName));

        harness.AssertNoViolations();
        Assert.True(publication.Status == PowerBIPublicationStatus.Refreshed, publication.Message);
        Assert.Equal("Completed", publication.Refresh?.Status);
        Assert.Equal(dataset.Refreshes.Single().RequestId, publication.Refresh?.RequestId);
        Assert.NotNull(publication.Refresh?.EndTime);
        var polls = harness.Server.Requests.Where(request => request.OperationId == "Datasets_GetRefreshHistoryInGroup")
            .ToList();
        Assert.Equal(4, polls.Count);
        Assert.Contains("$top=60", polls[0].PathAndQuery, StringComparison.Ordinal);
        Assert.True(polls[2].ArrivedAt - polls[1].ArrivedAt >= TimeSpan.FromSeconds(30),
            "polls are spaced by RefreshPollIntervalSeconds on the fake clock");
    }

    [Fact]
    public async Task Refresh_Failed_ReportsServiceDetail()
    {
        await using var harness = await PublisherHarness.StartAsync();
        var dataset = harness.Server.AddImportDataset(ModelName);
        dataset.NextRefreshFailure = """{"errorCode":"ModelRefreshFailed_CredentialsNotSpecified"}""";

        var publication = await harness.PublishAsync(Facts.Small(), harness.Options(PowerBIMode.Refresh, ModelName));

        harness.AssertNoViolations();
        Assert.Equal(PowerBIPublicationStatus.Failed, publication.Status);
        Assert.Equal("Failed", publication.Refresh?.Status);
        Assert.Equal(dataset.NextRefreshFailure, publication.Refresh?.ServiceExceptionJson);
        Assert.Contains("ModelRefreshFailed_CredentialsNotSpecified", publication.Message, StringComparison.Ordinal);
        Assert.Contains("previous data stays in place", publication.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refresh_DailyLimitReached_StartsNothing()
    {
        await using var harness = await PublisherHarness.StartAsync();
        var dataset = harness.Server.AddImportDataset(ModelName);
        for (var hour = 1; hour <= 8; hour++)
        {
            dataset.Refreshes.Add(new FakeRefresh
            {
                RequestId = Guid.NewGuid().ToString(), RefreshType = "Scheduled", Status = "Completed",
                StartTime = JumpingClock.StartTime.AddHours(-hour), EndTime = JumpingClock.StartTime,
            });
        }

        var publication = await harness.PublishAsync(Facts.Small(), harness.Options(PowerBIMode.Refresh, ModelName));

        harness.AssertNoViolations();
        Assert.Equal(PowerBIPublicationStatus.QuotaExhausted, publication.Status);
        Assert.Contains("refreshed 8 times in the last 24 hours", publication.Message, StringComparison.Ordinal);
        Assert.Contains("PowerBI:DailyRefreshLimit", publication.Message, StringComparison.Ordinal);
        Assert.Contains("2024-11-04 23:00:00Z", publication.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Server.Requests, request =>
            request.OperationId == "Datasets_RefreshDatasetInGroup");
        Assert.Single(harness.Logs.MessagesOf(3133));
    }

    [Fact]
    public async Task Refresh_ServiceRejectsQuota_SaysExhausted()
    {
        await using var harness = await PublisherHarness.StartAsync();
        harness.Server.Limits.RefreshesPerDay = 0;
        harness.Server.AddImportDataset(ModelName);

        var publication = await harness.PublishAsync(Facts.Small(), harness.Options(PowerBIMode.Refresh, ModelName));

        harness.AssertNoViolations();
        Assert.Equal(PowerBIPublicationStatus.QuotaExhausted, publication.Status);
        Assert.Equal(400, publication.Failure?.StatusCode);
        Assert.Contains(FakePowerBIServer.RefreshQuotaMessage, publication.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refresh_Running_StartsNothing()
    {
        await using var harness = await PublisherHarness.StartAsync();
        var dataset = harness.Server.AddImportDataset(ModelName);
        dataset.Refreshes.Add(new FakeRefresh
        {
            RequestId = "9399bb89-25d1-44f8-8576-136d7e9014b1",
            StartTime = JumpingClock.StartTime.AddMinutes(-3),
            PollsLeft = int.MaxValue,
        });

        var publication = await harness.PublishAsync(Facts.Small(), harness.Options(PowerBIMode.Refresh, ModelName));

        harness.AssertNoViolations();
        Assert.Equal(PowerBIPublicationStatus.Failed, publication.Status);
        Assert.Contains("9399bb89-25d1-44f8-8576-136d7e9014b1", publication.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Server.Requests, request =>
            request.OperationId == "Datasets_RefreshDatasetInGroup");
    }

    [Fact]
    public async Task Refresh_NeverEnds_ReportsTimeout()
    {
        await using var harness = await PublisherHarness.StartAsync();
        var dataset = harness.Server.AddImportDataset(ModelName);
        dataset.RefreshPolls = int.MaxValue;
        var options = harness.Options(PowerBIMode.Refresh, ModelName);
        options.RefreshTimeoutMinutes = 10;

        var publication = await harness.PublishAsync(Facts.Small(), options);

        harness.AssertNoViolations();
        Assert.Equal(PowerBIPublicationStatus.Failed, publication.Status);
        Assert.Equal("Unknown", publication.Refresh?.Status);
        Assert.Contains("did not end within 10 minutes", publication.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refresh_PushDataset_IsRefused()
    {
        await using var harness = await PublisherHarness.StartAsync();
        harness.Server.AddPushDataset(ModelName);

        var publication = await harness.PublishAsync(Facts.Small(), harness.Options(PowerBIMode.Refresh, ModelName));

        harness.AssertNoViolations();
        Assert.Equal(PowerBIPublicationStatus.Failed, publication.Status);
        Assert.Contains("is a push dataset", publication.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refresh_UnknownName_SaysToPublishModel()
    {
        await using var harness = await PublisherHarness.StartAsync();

        var publication = await harness.PublishAsync(Facts.Small(), harness.Options(PowerBIMode.Refresh, ModelName));

        harness.AssertNoViolations();
        Assert.Equal(PowerBIPublicationStatus.Failed, publication.Status);
        Assert.Contains($"No dataset is named '{ModelName}'", publication.Message, StringComparison.Ordinal);
    }
}
