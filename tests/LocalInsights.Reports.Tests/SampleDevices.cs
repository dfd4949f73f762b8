using System.Globalization;
using System.Runtime.CompilerServices;
using LocalInsights.Core.Model;
using LocalInsights.Reports.Excel.DeviceList;

namespace LocalInsights.Reports.Tests;

/// <summary>Device snapshots for the device list tests, as an asynchronous stream like a store returns them.</summary>
internal static class SampleDevices
{
    public static readonly DateOnly MonthEnd = new(2024, 10, 31);

    /// <summary>Active within 30 days before 2024-10-31: check-ins at or after 2024-10-02T00:00Z.</summary>
    public static readonly DeviceActivityRule Rule = new(MonthEnd, activeDays: 30);

    /// <summary>
    /// Returns device <paramref name="index"/> of a generated list: every third device idle since 2024-08-15 at
    /// 08:30 UTC, every seventh never seen, the others active on 2024-10-(1 + index % 30) at 14:45 UTC.
    /// </summary>
    public static DeviceSnapshot Generated(int index)
    {
        DateTimeOffset? lastCheckIn = (index % 7, index % 3) switch
        {
            (0, _) => null,
            (_, 0) => new DateTimeOffset(2024, 8, 15, 8, 30, 0, TimeSpan.Zero),
            _ => new DateTimeOffset(2024, 10, 2 + (index % 30), 14, 45, 0, TimeSpan.Zero),
        };

        return new DeviceSnapshot
        {
            SnapshotDate = MonthEnd,
            Source = index % 2 == 0 ? "intune" : "glpi",
            DeviceId = string.Create(CultureInfo.InvariantCulture, $"device-{index:D6}"),
            DeviceName = "PC-PERSONAL-NAME",
            SerialNumber = "SN-SECRET",
            Model = index % 5 == 0 ? null : "Latitude 3540",
            OperatingSystem = "Windows",
            OsVersion = "10.0.22631",
            LastSyncAt = lastCheckIn,
            Uai = index % 11 == 0 ? null : SampleFacts.Lucioles,
        };
    }

    public static IAsyncEnumerable<DeviceSnapshot> GenerateAsync(int count) =>
        StreamAsync(Enumerable.Range(0, count).Select(Generated));

    public static async IAsyncEnumerable<DeviceSnapshot> StreamAsync(
        IEnumerable<DeviceSnapshot> devices, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var device in devices)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return device;
        }
    }

    public static DeviceSnapshot With(string deviceId, DateTimeOffset? lastCheckIn, string? model = "Latitude") => new()
    {
        SnapshotDate = MonthEnd,
        Source = "intune",
        DeviceId = deviceId,
        Model = model,
        OperatingSystem = "Windows",
        LastSyncAt = lastCheckIn,
        Uai = SampleFacts.Lucioles,
    };
}
