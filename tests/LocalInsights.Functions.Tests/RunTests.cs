using LocalInsights.Core.Storage;
using LocalInsights.Functions.Jobs;
using LocalInsights.Functions.Leases;
using LocalInsights.Functions.Queues;
using LocalInsights.Functions.Tests.Support;
using LocalInsights.Functions.Triggers;
using LocalInsights.Hosting.History;
using LocalInsights.Testing;

namespace LocalInsights.Functions.Tests;

/// <summary>
/// Queued runs called directly against Azurite: history, batches and aggregation, the lease that blocks a second
/// run of the same pull, retries and the poison queue.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class RunTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = TestSettings.Utc("2026-12-02T05:02:00Z");

    [Fact]
    public async Task Pull_WritesHistoryAndQueuesAggregation()
    {
        await using var harness = await FunctionsHarness.CreateAsync(azurite.ConnectionString, Now);
        var batch = await QueueAsync(harness, TestSettings.Register);

        var message = Assert.Single(await harness.ReceiveAllAsync(JobQueues.Pulls));
        await harness.Function<RunPullFunction>().RunAsync(RunQueue.Serialize(message), CancellationToken.None);

        var run = await harness.RunAsync(message.RunId);
        Assert.Equal(JobStatus.Succeeded, run.Status);
        Assert.Equal(JobKind.Pull, run.Kind);
        Assert.Equal(TestSettings.Register, run.Connector);
        Assert.Equal(batch.BatchId, run.BatchId);
        Assert.Equal(1, run.Attempt);
        Assert.Equal(Now, run.StartedAt);
        Assert.Equal(Now, run.EndedAt);
        Assert.True(run.Read > 0, "The register has rows.");
        Assert.True(run.Written > 0, "The register has valid lines.");
        Assert.Equal("2026-11-01", run.WindowFrom);
        Assert.Null(run.Failure);
        var stored = await harness.Service<IObjectStore>().ReadAllBytesAsync(
            $"{TestSettings.Environment}/runs/{message.RunId}.json", CancellationToken.None);
        Assert.NotNull(stored);
        var aggregation = Assert.Single(await harness.PeekAllAsync(JobQueues.Aggregations));
        Assert.Null(aggregation.Connector);
        Assert.Equal(batch.BatchId, aggregation.BatchId);
    }

    [Fact]
    public async Task Aggregation_WritesWorkbookAndHistory()
    {
        await using var harness = await FunctionsHarness.CreateAsync(azurite.ConnectionString, Now);
        await QueueAsync(harness, TestSettings.Register);
        var pull = Assert.Single(await harness.ReceiveAllAsync(JobQueues.Pulls));
        await harness.Function<RunPullFunction>().RunAsync(RunQueue.Serialize(pull), CancellationToken.None);

        var message = Assert.Single(await harness.ReceiveAllAsync(JobQueues.Aggregations));
        await harness.Function<RunAggregationFunction>().RunAsync(RunQueue.Serialize(message),
            CancellationToken.None);

        var run = await harness.RunAsync(message.RunId);
        var workbook = ReportPaths.Workbook(TestSettings.Environment, FunctionsHarness.Window);
        Assert.Equal(JobStatus.Succeeded, run.Status);
        Assert.Equal(JobKind.Aggregate, run.Kind);
        Assert.Equal(JobTrigger.Batch, run.Trigger);
        Assert.Equal(workbook, run.Output);
        Assert.True(run.Written > 0, "The aggregation writes fact rows.");
        var bytes = await harness.Service<IObjectStore>().ReadAllBytesAsync(workbook, CancellationToken.None);
        Assert.NotNull(bytes);
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
        var freshness = await harness.History.ListFreshnessAsync(TestSettings.Environment, CancellationToken.None);
        Assert.Equal([TestSettings.Register, FreshnessEntity.AggregationName],
            freshness.Select(item => item.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ConcurrentPull_IsBlockedByLease()
    {
        await using var harness = await FunctionsHarness.CreateAsync(azurite.ConnectionString, Now);
        await QueueAsync(harness, TestSettings.Blocking);
        await QueueAsync(harness, TestSettings.Blocking);
        var messages = await harness.ReceiveAllAsync(JobQueues.Pulls);
        Assert.Equal(2, messages.Count);

        var first = harness.Function<RunPullFunction>().RunAsync(RunQueue.Serialize(messages[0]),
            CancellationToken.None);
        await harness.Gate.Entered.WaitAsync(TimeSpan.FromSeconds(60));
        await harness.Function<RunPullFunction>().RunAsync(RunQueue.Serialize(messages[1]), CancellationToken.None);
        var blocked = await harness.RunAsync(messages[1].RunId);
        harness.Gate.Open();
        await first;

        Assert.Equal(JobStatus.Blocked, blocked.Status);
        Assert.Contains(messages[0].RunId, blocked.Failure, StringComparison.Ordinal);
        Assert.Contains("holds lease test-env/pull/blocking", blocked.Failure, StringComparison.Ordinal);
        Assert.Equal(JobStatus.Succeeded, (await harness.RunAsync(messages[0].RunId)).Status);
        var retry = Assert.Single(await harness.PeekAllAsync(JobQueues.Pulls));
        Assert.Equal(messages[1].RunId, retry.RunId);
        Assert.Equal(2, retry.Attempt);
    }

    [Fact]
    public async Task BlockedPull_RunsOnceLeaseIsFree()
    {
        await using var harness = await FunctionsHarness.CreateAsync(azurite.ConnectionString, Now);
        var leases = harness.Service<JobLeases>();
        await QueueAsync(harness, TestSettings.Register);
        var message = Assert.Single(await harness.ReceiveAllAsync(JobQueues.Pulls));
        var leaseName = JobLeases.PullLeaseName(TestSettings.Environment, TestSettings.Register);

        var held = await leases.TryAcquireAsync(leaseName, "other-run", CancellationToken.None);
        await harness.Function<RunPullFunction>().RunAsync(RunQueue.Serialize(message), CancellationToken.None);
        await held.Lease!.DisposeAsync();
        var retry = Assert.Single(await harness.ReceiveAllAsync(JobQueues.Pulls));
        await harness.Function<RunPullFunction>().RunAsync(RunQueue.Serialize(retry), CancellationToken.None);

        var run = await harness.RunAsync(message.RunId);
        Assert.Equal(JobStatus.Succeeded, run.Status);
        Assert.Equal(2, run.Attempt);
    }

    [Fact]
    public async Task StaleLease_IsBroken()
    {
        await using var harness = await FunctionsHarness.CreateAsync(azurite.ConnectionString, Now);
        var leases = harness.Service<JobLeases>();
        var name = JobLeases.PullLeaseName(TestSettings.Environment, TestSettings.Register);
        var hung = await leases.TryAcquireAsync(name, "hung-run", CancellationToken.None);

        var early = await leases.TryAcquireAsync(name, "second-run", CancellationToken.None);
        harness.Time.Advance(harness.Options.StaleLeaseTimeout + TimeSpan.FromMinutes(1));
        var late = await leases.TryAcquireAsync(name, "third-run", CancellationToken.None);

        Assert.True(hung.Acquired);
        Assert.False(early.Acquired);
        Assert.Equal("hung-run", early.HolderRunId);
        Assert.Equal(Now, early.HeldSince);
        Assert.True(late.Acquired);
        await late.Lease!.DisposeAsync();
        await hung.Lease!.DisposeAsync();
    }

    [Fact]
    public async Task FailingPull_EndsInPoisonQueueWithHistory()
    {
        await using var harness = await FunctionsHarness.CreateAsync(azurite.ConnectionString, Now);
        var batch = await QueueAsync(harness, TestSettings.MissingFile);
        var function = harness.Function<RunPullFunction>();

        var attempts = new List<int>();
        for (var delivery = 0; delivery < 5; delivery++)
        {
            var pending = await harness.ReceiveAllAsync(JobQueues.Pulls);
            if (pending.Count == 0)
            {
                break;
            }

            var message = Assert.Single(pending);
            attempts.Add(message.Attempt);
            await function.RunAsync(RunQueue.Serialize(message), CancellationToken.None);
        }

        var poisoned = Assert.Single(await harness.PeekAllAsync(JobQueues.PoisonOf(JobQueues.Pulls)));
        var run = await harness.RunAsync(poisoned.RunId);
        Assert.Equal([1, 2, 3], attempts);
        Assert.Equal(batch.Runs[0].RunId, poisoned.RunId);
        Assert.Equal(3, poisoned.Attempt);
        Assert.Equal(JobStatus.Poisoned, run.Status);
        Assert.Equal(3, run.Attempt);
        Assert.Equal(3, run.MaxAttempts);
        Assert.Contains("missing.csv", run.Failure, StringComparison.Ordinal);
        var history = await harness.History.ListRunsAsync(TestSettings.Environment, Now.AddDays(-1),
            CancellationToken.None);
        Assert.Contains(history, entry => entry.RunId == run.RunId && entry.Status == JobStatus.Poisoned);
        var aggregation = Assert.Single(await harness.PeekAllAsync(JobQueues.Aggregations));
        Assert.Equal(batch.BatchId, aggregation.BatchId);
    }

    [Fact]
    public async Task RetryDelay_DoublesUpToMaximum()
    {
        await using var harness = await FunctionsHarness.CreateAsync(azurite.ConnectionString, Now, settings =>
        {
            settings["LocalInsights:Jobs:RetryDelay"] = "00:01:00";
            settings["LocalInsights:Jobs:MaxRetryDelay"] = "00:05:00";
        });
        var attempts = harness.Service<RunAttempts>();

        Assert.Equal(TimeSpan.FromMinutes(1), attempts.RetryDelay(1));
        Assert.Equal(TimeSpan.FromMinutes(2), attempts.RetryDelay(2));
        Assert.Equal(TimeSpan.FromMinutes(4), attempts.RetryDelay(3));
        Assert.Equal(TimeSpan.FromMinutes(5), attempts.RetryDelay(4));
        Assert.Equal(TimeSpan.FromMinutes(5), attempts.RetryDelay(40));
    }

    [Fact]
    public async Task RepeatedMessage_IsSkippedAfterSuccess()
    {
        await using var harness = await FunctionsHarness.CreateAsync(azurite.ConnectionString, Now);
        await QueueAsync(harness, TestSettings.Register);
        var message = Assert.Single(await harness.ReceiveAllAsync(JobQueues.Pulls));
        await harness.Function<RunPullFunction>().RunAsync(RunQueue.Serialize(message), CancellationToken.None);
        await harness.ReceiveAllAsync(JobQueues.Aggregations);
        harness.Time.Advance(TimeSpan.FromMinutes(10));

        await harness.Function<RunPullFunction>().RunAsync(RunQueue.Serialize(message), CancellationToken.None);

        var run = await harness.RunAsync(message.RunId);
        Assert.Equal(Now, run.StartedAt);
        Assert.Empty(await harness.PeekAllAsync(JobQueues.Aggregations));
    }

    private static Task<QueuedBatch> QueueAsync(FunctionsHarness harness, string connector) =>
        harness.Service<BatchQueue>().QueueAsync(TestSettings.Environment, FunctionsHarness.Window,
            [new PlannedPull(connector, LocalInsights.Core.Connectors.PullRunner.NewRunId(harness.Time), null)],
            JobTrigger.Manual, CancellationToken.None);
}
