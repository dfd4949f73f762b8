using System.Globalization;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;
using LocalInsights.Core.Storage;

namespace LocalInsights.Connectors.Graph.Devices;

/// <summary>
/// Filter that rejects a managed device whose last check-in (UTC day) is more than one day after the day the
/// listing was taken. Device export files follow the same rule, so that later check-ins do not count as activity
/// of an earlier month.
/// </summary>
/// <remarks>
/// The day compared is <see cref="SnapshotDates.TakenOn"/>: the configured SnapshotDate, or today. Within the
/// grace days after a month, today's listing is stored under the month's last day on purpose. Its check-ins since
/// then are real, so they are kept.
/// </remarks>
internal sealed class CheckInFilter(PullContext context, DateOnly takenOn, bool configured)
{
    /// <summary>Devices rejected because they checked in after the snapshot date.</summary>
    public long Rejected { get; private set; }

    /// <summary>
    /// Rejects <paramref name="device"/>, read on <paramref name="page"/>, when it checked in too late, and returns
    /// whether it did.
    /// </summary>
    public async ValueTask<bool> RejectIfLateAsync(
        DeviceSnapshot device, int page, CancellationToken cancellationToken)
    {
        if (device.LastSyncAt is not { } instant)
        {
            return false;
        }

        var day = DateOnly.FromDateTime(instant.UtcDateTime);
        if (day <= takenOn.AddDays(1))
        {
            return false;
        }

        Rejected++;
        var value = instant.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        await context.RejectAsync(
            new Reject(ManagedDevicePull.Resource, page, "lastSyncDateTime", value, Reason(device.DeviceId, day)),
            cancellationToken).ConfigureAwait(false);
        return true;
    }

    private string Reason(string deviceId, DateOnly day)
    {
        var checkIn = $"managed device {deviceId} checked in on {Format(day)}, after the snapshot date "
            + Format(takenOn);
        return configured
            ? checkIn + ": the responses were recorded after that day; set SnapshotDate to the day they were recorded"
            : checkIn + " (today on this machine): check that the clock of this machine is right";
    }

    private static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
