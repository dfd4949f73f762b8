namespace LocalInsights.DemoGenerator.Devices;

/// <summary>
/// Enrolment and last check-in times of the managed devices, relative to the export of 2026-11-30 06:00 UTC:
/// about 80 % checked in during November, 17 % idle since an earlier month, 2.5 % never checked in.
/// </summary>
internal sealed class DeviceActivity
{
    public const double NeverSeenShare = 0.025;
    public const double IdleShare = 0.17;

    private static readonly DateTime LastWeekStart = new(2026, 11, 23, 6, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime MonthStartUtc = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime RecentIdleStart = new(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime OldIdleStart = new(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly (string State, double Weight)[] ActiveCompliance =
        [("Compliant", 0.91), ("Noncompliant", 0.07), ("In grace period", 0.02)];

    private readonly SeededRandom _random;

    public DeviceActivity(SeededRandom random) => _random = random;

    public void Assign(ManagedDevice device, DateOnly acquisition)
    {
        var enrolled = WorkingTime(acquisition.AddDays(_random.Next(2, 30)));
        device.EnrolledUtc = enrolled;
        var draw = _random.NextDouble();
        if (draw < NeverSeenShare)
        {
            device.LastCheckInUtc = null;
            device.Compliance = "Not evaluated";
            return;
        }

        var idle = draw < NeverSeenShare + IdleShare && enrolled < MonthStartUtc.AddDays(-7);
        device.LastCheckInUtc = idle ? IdleCheckIn(enrolled) : ActiveCheckIn(enrolled);
        device.Compliance = PickCompliance(idle);
    }

    private DateTime ActiveCheckIn(DateTime enrolled)
    {
        var start = _random.Chance(0.75) ? LastWeekStart : MonthStartUtc;
        if (start < enrolled)
        {
            start = enrolled;
        }

        return Between(start, DemoCalendar.SnapshotUtc.AddMinutes(-1));
    }

    private DateTime IdleCheckIn(DateTime enrolled)
    {
        var start = _random.Chance(0.6) ? RecentIdleStart : OldIdleStart;
        if (start < enrolled)
        {
            start = enrolled;
        }

        return Between(start, MonthStartUtc.AddMinutes(-1));
    }

    private string PickCompliance(bool idle)
    {
        if (idle)
        {
            return _random.Chance(0.45) ? "Noncompliant" : "Compliant";
        }

        return _random.PickWeighted(ActiveCompliance);
    }

    /// <summary>Returns a time on <paramref name="day"/> between 06:30 and 16:30 UTC, to the 100 ns tick.</summary>
    public DateTime WorkingTime(DateOnly day)
    {
        var ticks = TimeSpan.FromHours(6.5).Ticks + (long)(_random.NextDouble() * TimeSpan.FromHours(10).Ticks);
        return day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddTicks(ticks);
    }

    private DateTime Between(DateTime start, DateTime end)
    {
        var span = Math.Max(0, (end - start).Ticks);
        return start.AddTicks((long)(_random.NextDouble() * span));
    }
}
