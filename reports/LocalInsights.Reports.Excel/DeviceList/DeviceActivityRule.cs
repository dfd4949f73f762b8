using LocalInsights.Core.Model;

namespace LocalInsights.Reports.Excel.DeviceList;

/// <summary>
/// Rule that classifies a device as active, idle or never seen from its last check-in. It repeats the rule of the
/// core aggregation, so the device list agrees with the counts of the Devices sheet.
/// </summary>
public sealed class DeviceActivityRule
{
    /// <summary>
    /// Creates the rule for a month ending on <paramref name="monthEnd"/>: a device is active when its last
    /// check-in is at or after midnight UTC of the day <paramref name="activeDays"/> − 1 days before it.
    /// </summary>
    public DeviceActivityRule(DateOnly monthEnd, int activeDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(activeDays, 1);
        MonthEnd = monthEnd;
        ActiveDays = activeDays;
        ActiveSince = new DateTimeOffset(monthEnd.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            .AddDays(1 - activeDays);
    }

    /// <summary>Last day of the month the report is about.</summary>
    public DateOnly MonthEnd { get; }

    /// <summary>Length of the active window in days, ending with <see cref="MonthEnd"/>.</summary>
    public int ActiveDays { get; }

    /// <summary>Earliest check-in that makes a device active.</summary>
    public DateTimeOffset ActiveSince { get; }

    /// <summary>Returns the state of <paramref name="device"/> at <see cref="MonthEnd"/>.</summary>
    public DeviceActivityState Classify(DeviceSnapshot device)
    {
        ArgumentNullException.ThrowIfNull(device);
        return device.LastSyncAt switch
        {
            null => DeviceActivityState.NeverSeen,
            var seen when seen >= ActiveSince => DeviceActivityState.Active,
            _ => DeviceActivityState.Idle,
        };
    }

    /// <summary>
    /// Returns the days from the UTC day of the last check-in to <see cref="MonthEnd"/>, or null when the device
    /// was never seen. A check-in on or after the month end gives 0.
    /// </summary>
    public int? DaysSinceCheckIn(DeviceSnapshot device)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (device.LastSyncAt is not { } seen)
        {
            return null;
        }

        var lastSeenDay = DateOnly.FromDateTime(seen.UtcDateTime);
        return Math.Max(0, MonthEnd.DayNumber - lastSeenDay.DayNumber);
    }
}
