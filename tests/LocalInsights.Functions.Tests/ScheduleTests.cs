using LocalInsights.Functions.Tests.Support;
using LocalInsights.Hosting.Scheduling;
using Microsoft.Extensions.Configuration;

namespace LocalInsights.Functions.Tests;

/// <summary>Reading schedules and computing occurrences, in Europe/Paris across daylight-saving changes.</summary>
public sealed class ScheduleTests
{
    [Fact]
    public void SpringForward_SkippedTimeRunsAfterGap()
    {
        // On 29 March 2026 Paris clocks go from 02:00 to 03:00 (+01:00 to +02:00), so 02:30 does not exist.
        var schedule = Schedule("30 2 * * *");

        var occurrences = schedule.Occurrences(TestSettings.Utc("2026-03-27T23:00:00Z"),
            TestSettings.Utc("2026-03-30T23:00:00Z")).ToList();

        Assert.Equal(
        [
            TestSettings.Utc("2026-03-28T01:30:00Z"),
            TestSettings.Utc("2026-03-29T01:00:00Z"),
            TestSettings.Utc("2026-03-30T00:30:00Z"),
        ], occurrences);
    }

    [Fact]
    public void FallBack_RepeatedTimeRunsOnce()
    {
        // On 25 October 2026 Paris clocks go from 03:00 back to 02:00, so 02:30 happens at +02:00 and at +01:00.
        var schedule = Schedule("30 2 * * *");

        var occurrences = schedule.Occurrences(TestSettings.Utc("2026-10-24T22:00:00Z"),
            TestSettings.Utc("2026-10-25T23:00:00Z")).ToList();

        Assert.Equal([TestSettings.Utc("2026-10-25T00:30:00Z")], occurrences);
    }

    [Fact]
    public void FallBack_HourlyRunsInBothHours()
    {
        var schedule = Schedule("0 * * * *");

        var occurrences = schedule.Occurrences(TestSettings.Utc("2026-10-24T22:00:00Z"),
            TestSettings.Utc("2026-10-25T23:00:00Z")).ToList();

        // The local day of 25 October 2026 lasts 25 hours.
        Assert.Equal(25, occurrences.Count);
        Assert.Contains(TestSettings.Utc("2026-10-25T00:00:00Z"), occurrences);
        Assert.Contains(TestSettings.Utc("2026-10-25T01:00:00Z"), occurrences);
    }

    [Fact]
    public void MonthlySchedule_KeepsLocalHourAcrossChange()
    {
        var schedule = Schedule("0 6 2 * *");

        var next = schedule.Next(TestSettings.Utc("2026-09-15T00:00:00Z"), 3);

        Assert.Equal(
        [
            TestSettings.Utc("2026-10-02T04:00:00Z"),
            TestSettings.Utc("2026-11-02T05:00:00Z"),
            TestSettings.Utc("2026-12-02T05:00:00Z"),
        ], next);
    }

    [Fact]
    public void Window_FollowsLocalDate()
    {
        // 00:30 on 1 December in Paris is still 30 November in UTC.
        var previous = Schedule("30 0 1 * *");
        var current = Schedule("30 0 1 * *", window: "CurrentMonth");
        var occurrence = TestSettings.Utc("2026-11-30T23:30:00Z");

        Assert.Equal("2026-11", previous.WindowOf(occurrence).Label);
        Assert.Equal("2026-12", current.WindowOf(occurrence).Label);
    }

    [Fact]
    public void SixFields_IncludeSeconds()
    {
        var schedule = Schedule("15 0 6 * * *");

        var next = schedule.Next(TestSettings.Utc("2026-07-01T00:00:00Z"), 1);

        Assert.Equal([TestSettings.Utc("2026-07-01T04:00:15Z")], next);
    }

    [Fact]
    public void InvalidSettings_ListEveryKey()
    {
        var reader = Reader(new Dictionary<string, string?>
        {
            [TestSettings.Key("ScheduleTimeZone")] = "Europe/Lutece",
            [TestSettings.Key("ScheduleWindow")] = "NextMonth",
            [TestSettings.Key("Connectors", "intune", "Schedule")] = "0 25 * * *",
        });

        var schedules = reader.Read(TestSettings.Environment);

        Assert.False(schedules.IsValid);
        Assert.Empty(schedules.Schedules);
        Assert.Contains(schedules.Problems, problem => problem.StartsWith(
            "LocalInsights:Environments:test-env:ScheduleTimeZone 'Europe/Lutece'", StringComparison.Ordinal));
        Assert.Contains(schedules.Problems, problem => problem.StartsWith(
            "LocalInsights:Environments:test-env:ScheduleWindow 'NextMonth'", StringComparison.Ordinal));
        Assert.Contains(schedules.Problems, problem => problem.StartsWith(
            "LocalInsights:Environments:test-env:Connectors:intune:Schedule '0 25 * * *'", StringComparison.Ordinal));
    }

    [Fact]
    public void DisabledConnector_HasNoSchedule()
    {
        var reader = Reader(new Dictionary<string, string?>
        {
            [TestSettings.Key("Connectors", "intune", "Schedule")] = "0 6 * * *",
            [TestSettings.Key("Connectors", "intune", "Enabled")] = "false",
            [TestSettings.Key("Connectors", "glpi", "Schedule")] = "0 7 * * *",
            [TestSettings.Key("Connectors", "register", "Type")] = "investment-register",
        });

        var schedules = reader.Read(TestSettings.Environment);

        Assert.True(schedules.IsValid);
        Assert.Equal(["glpi"], schedules.Schedules.Select(schedule => schedule.Connector));
        Assert.Equal("Europe/Paris", schedules.Schedules[0].TimeZone.Id);
        Assert.Equal(ScheduleWindow.PreviousMonth, schedules.Schedules[0].Window);
    }

    private static ConnectorSchedule Schedule(string expression, string? window = null)
    {
        var reader = Reader(new Dictionary<string, string?>
        {
            [TestSettings.Key("Connectors", "intune", "Schedule")] = expression,
            [TestSettings.Key("ScheduleWindow")] = window,
        });
        var schedules = reader.Read(TestSettings.Environment);
        Assert.True(schedules.IsValid, string.Join(" ", schedules.Problems));
        return Assert.Single(schedules.Schedules);
    }

    private static ScheduleReader Reader(Dictionary<string, string?> settings)
    {
        settings[TestSettings.Key("DisplayName")] = "Test environment";
        return new ScheduleReader(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
    }
}
