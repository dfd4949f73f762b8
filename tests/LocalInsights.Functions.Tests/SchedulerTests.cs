using LocalInsights.Functions.Jobs;
using LocalInsights.Functions.Queues;
using LocalInsights.Functions.Tests.Support;
using LocalInsights.Functions.Triggers;
using LocalInsights.Hosting.History;
using LocalInsights.Testing;
using Microsoft.Azure.Functions.Worker;

namespace LocalInsights.Functions.Tests;

/// <summary>The timer-triggered scheduler against Azurite queues and tables, with a fake clock.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class SchedulerTests(AzuriteFixture azurite)
{
    private static readonly TimerInfo Timer = new();

    [Fact]
    public async Task DueSchedule_QueuesExactlyOnce()
    {
        // The register is scheduled at 06:00 on the 2nd, Paris time: 05:00 UTC in December.
        await using var harness = await FunctionsHarness.CreateAsync(azurite.ConnectionString,
            TestSettings.Utc("2026-12-02T05:02:00Z"));
        var scheduler = harness.Function<SchedulerFunction>();

        await scheduler.RunAsync(Timer, CancellationToken.None);
        await scheduler.RunAsync(Timer, CancellationToken.None);
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        await harness.Function<SchedulerFunction>().RunAsync(Timer, CancellationToken.None);

        var message = Assert.Single(await harness.PeekAllAsync(JobQueues.Pulls));
        Assert.Equal(TestSettings.Environment, message.Environment);
        Assert.Equal(TestSettings.Register, message.Connector);
        Assert.Equal(TestSettings.Month, message.Month);
        Assert.Equal(1, message.Attempt);
        var run = await harness.RunAsync(message.RunId);
        Assert.Equal(JobStatus.Queued, run.Status);
        Assert.Equal(JobTrigger.Schedule, run.Trigger);
        Assert.Equal(TestSettings.Utc("2026-12-02T05:00:00Z"), run.Occurrence);
        Assert.Equal("2026-11-01", run.WindowFrom);
        Assert.Equal("2026-11-30", run.WindowTo);
    }

    [Fact]
    public async Task TwoHosts_QueueOccurrenceOnce()
    {
        var now = TestSettings.Utc("2026-12-02T05:02:00Z");
        await using var first = await FunctionsHarness.CreateAsync(azurite.ConnectionString, now);
        await using var second = await FunctionsHarness.CreateAsync(azurite.ConnectionString, now,
            settings => settings["LocalInsights:Jobs:TableName"] = first.Options.TableName);

        await first.Function<SchedulerFunction>().RunAsync(Timer, CancellationToken.None);
        await second.Function<SchedulerFunction>().RunAsync(Timer, CancellationToken.None);

        Assert.Single(await first.PeekAllAsync(JobQueues.Pulls));
    }

    [Fact]
    public async Task NotYetDue_QueuesNothing()
    {
        await using var harness = await FunctionsHarness.CreateAsync(azurite.ConnectionString,
            TestSettings.Utc("2026-12-02T04:58:00Z"));

        await harness.Function<SchedulerFunction>().RunAsync(Timer, CancellationToken.None);

        Assert.Empty(await harness.PeekAllAsync(JobQueues.Pulls));
    }

    [Theory]
    [InlineData("2026-03-28T22:00:00Z", "2026-03-29T01:00:00Z")]
    [InlineData("2026-10-24T22:00:00Z", "2026-10-25T00:30:00Z")]
    public async Task DaylightSavingNight_QueuesOnce(string start, string expectedOccurrence)
    {
        // A tick every 5 minutes through the night of a clock change, for a schedule at 02:30 Paris time.
        await using var harness = await FunctionsHarness.CreateAsync(azurite.ConnectionString,
            TestSettings.Utc(start), settings => settings[TestSettings.Key("Connectors", TestSettings.Register,
                "Schedule")] = "30 2 * * *");

        for (var tick = 0; tick < 72; tick++)
        {
            await harness.Function<SchedulerFunction>().RunAsync(Timer, CancellationToken.None);
            harness.Time.Advance(TimeSpan.FromMinutes(5));
        }

        var message = Assert.Single(await harness.PeekAllAsync(JobQueues.Pulls));
        var run = await harness.RunAsync(message.RunId);
        Assert.Equal(TestSettings.Utc(expectedOccurrence), run.Occurrence);
    }

    [Fact]
    public async Task InvalidEnvironment_DoesNotBlockOthers()
    {
        await using var harness = await FunctionsHarness.CreateAsync(azurite.ConnectionString,
            TestSettings.Utc("2026-12-02T05:02:00Z"), settings =>
            {
                settings["LocalInsights:Environments:aaa-broken:DisplayName"] = "Broken";
                settings["LocalInsights:Environments:aaa-broken:Connectors:intune:Schedule"] = "every day";
            });

        var batches = await harness.Service<RunScheduler>().QueueDueRunsAsync(CancellationToken.None);

        var batch = Assert.Single(batches);
        Assert.Equal(TestSettings.Environment, batch.Environment);
        Assert.Single(await harness.PeekAllAsync(JobQueues.Pulls));
    }
}
