using LocalInsights.Reports.PowerBI.Configuration;
using LocalInsights.Reports.PowerBI.Push;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace LocalInsights.Reports.PowerBI.Tests;

/// <summary>
/// The pacer alone, with instant requests: on a clock that jumps over every wait, or on a fake clock the test
/// advances by hand.
/// </summary>
public sealed class PushRequestPacerTests
{
    [Fact]
    public async Task Pacer_ManySmallRequests_AtMost120PerMinute()
    {
        var clock = new JumpingClock();
        var pacer = new PushRequestPacer(new PowerBIPushLimits(), clock, NullLogger.Instance);

        var times = await SendAsync(pacer, clock, requests: 500, rows: 1);

        Assert.True(MaxInWindow(times, TimeSpan.FromMinutes(1)) <= 120);
        Assert.True(times[^1] - times[0] >= TimeSpan.FromMinutes(4), "500 requests need at least 4 full minutes");
    }

    [Fact]
    public async Task Pacer_MillionRowsPerHour_WaitsForWindow()
    {
        var clock = new JumpingClock();
        var pacer = new PushRequestPacer(new PowerBIPushLimits(), clock, NullLogger.Instance);

        var times = await SendAsync(pacer, clock, requests: 101, rows: 10_000);

        Assert.True(times[100] - times[0] >= TimeSpan.FromHours(1), "the 1,000,001st row waits for the hour to pass");
        Assert.True(times[99] - times[0] < TimeSpan.FromHours(1), "the first million rows need no hourly wait");
    }

    [Fact]
    public async Task Pacer_LargeTable_AtMost120PerHour()
    {
        var clock = new JumpingClock();
        var pacer = new PushRequestPacer(new PowerBIPushLimits(), clock, NullLogger.Instance);
        await SendAsync(pacer, clock, requests: 25, rows: 10_000);

        var times = await SendAsync(pacer, clock, requests: 100, rows: 1);

        Assert.True(MaxInWindow(times, TimeSpan.FromHours(1)) <= 95, "with 25 earlier requests, 95 remain in the hour");
    }

    [Fact]
    public async Task Pacer_PendingLimit_HoldsSixthRequest()
    {
        var pacer = new PushRequestPacer(new PowerBIPushLimits(), new FakeTimeProvider(JumpingClock.StartTime),
            NullLogger.Instance);
        var leases = new List<PacerLease>();
        for (var index = 0; index < 5; index++)
        {
            leases.Add(await pacer.AcquireAsync("devices", 1, CancellationToken.None));
        }

        var sixth = pacer.AcquireAsync("devices", 1, CancellationToken.None);

        Assert.False(sixth.IsCompleted, "a sixth request waits while five are pending");
        pacer.Release(leases[0], rowsAdded: true);
        Assert.Equal(1, (await sixth).Rows);
    }

    [Fact]
    public async Task Pacer_RetryAfter_PausesEveryRequest()
    {
        var clock = new FakeTimeProvider(JumpingClock.StartTime);
        var pacer = new PushRequestPacer(new PowerBIPushLimits(), clock, NullLogger.Instance);
        pacer.PauseUntil(clock.GetUtcNow().AddSeconds(90));

        var acquire = pacer.AcquireAsync("devices", 1, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(89));

        Assert.False(acquire.IsCompleted, "no request may start before the Retry-After delay ends");
        clock.Advance(TimeSpan.FromSeconds(1));
        var lease = await acquire;
        Assert.Equal(JumpingClock.StartTime.AddSeconds(90), clock.GetUtcNow());
        pacer.Release(lease, rowsAdded: true);
    }

    private static async Task<List<DateTimeOffset>> SendAsync(
        PushRequestPacer pacer, TimeProvider clock, int requests, int rows)
    {
        var times = new List<DateTimeOffset>();
        for (var index = 0; index < requests; index++)
        {
            var lease = await pacer.AcquireAsync("devices", rows, CancellationToken.None);
            times.Add(clock.GetUtcNow());
            pacer.Release(lease, rowsAdded: true);
        }

        return times;
    }

    private static int MaxInWindow(List<DateTimeOffset> times, TimeSpan window) =>
        times.Max(end => times.Count(time => time > end - window && time <= end));
}
