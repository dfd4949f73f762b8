using System.Globalization;
using System.Runtime.CompilerServices;
using LocalInsights.Core.Model;

namespace LocalInsights.Bench.Excel;

/// <summary>
/// Device snapshots made up on the fly and returned one at a time, so the benchmark never keeps the list.
/// </summary>
internal static class GeneratedDevices
{
    public static readonly DateOnly MonthEnd = new(2026, 11, 30);

    private static readonly string[] Models = ["Latitude 3540", "ThinkPad L14 Gen 4", "iPad (9th generation)"];
    private static readonly string[] Systems = ["Windows", "Windows", "iPadOS"];

    /// <summary>
    /// Returns <paramref name="count"/> devices of 685 UAIs: one in ten never seen, the others seen 0 to 89 days
    /// before the month end.
    /// </summary>
    public static async IAsyncEnumerable<DeviceSnapshot> GenerateAsync(
        long count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var lastDay = new DateTimeOffset(MonthEnd.ToDateTime(new TimeOnly(17, 0)), TimeSpan.Zero);
        for (long index = 0; index < count; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (index % 10_000 == 0)
            {
                await Task.Yield();
            }

            var kind = (int)(index % 3);
            yield return new DeviceSnapshot
            {
                SnapshotDate = MonthEnd,
                Source = kind == 2 ? "intune" : "glpi",
                DeviceId = string.Create(
                    CultureInfo.InvariantCulture, $"{index:x8}-5a1e-4c1b-9f3d-0c5e8f2a{index % 9999:D4}"),
                Model = Models[kind],
                OperatingSystem = Systems[kind],
                OsVersion = kind == 2 ? "17.6.1" : "10.0.22631",
                LastSyncAt = index % 10 == 0 ? null : lastDay.AddDays(-(index % 90)).AddMinutes(-(index % 600)),
                Uai = string.Create(CultureInfo.InvariantCulture, $"0350{index % 685:D3}X"),
            };
        }
    }
}
