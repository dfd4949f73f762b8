using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.DeviceExports;

/// <summary>
/// Checks the UAI each matched device got, writes every device, mapped or not, and counts the unmapped ones per
/// reason in one observation each.
/// </summary>
internal sealed class DeviceSnapshotPublisher(PullContext context)
{
    internal const string NoRuleMatched = "no rule matched";

    // Each distinct code is checked once, so an invalid code is rejected at its first device only.
    private readonly Dictionary<string, string?> _checkedCodes = new(StringComparer.OrdinalIgnoreCase);
    private readonly SortedDictionary<string, long> _unmapped = new(StringComparer.Ordinal);

    /// <summary>
    /// Writes the <paramref name="deviceCount"/> devices and logs their count with the dates of the oldest and newest
    /// snapshot read, which are one date unless the snapshot date comes from the file names.
    /// </summary>
    public async Task PublishAsync(IEnumerable<DeviceCandidate> devices, int deviceCount, DateOnly oldestSnapshot,
        DateOnly newestSnapshot, CancellationToken cancellationToken)
    {
        long mapped = 0;
        foreach (var device in devices)
        {
            var uai = await ResolveAsync(device, cancellationToken).ConfigureAwait(false);
            var snapshot = device.Snapshot;
            if (uai is not null)
            {
                snapshot = snapshot with { Uai = uai, MappingRule = device.Match!.Rule };
            }

            await context.WriteAsync(snapshot, cancellationToken).ConfigureAwait(false);
            mapped += uai is null ? 0 : 1;
        }

        foreach (var (reason, count) in _unmapped)
        {
            DeviceExportsLog.UnmappedDevices(context.Logger, count, reason);
            await context.ObserveAsync(
                new QualityObservation
                {
                    Source = context.Connector, Kind = QualityIssueKind.UnmappedDevice, Subject = reason,
                    Count = count, Detail = "devices written without an establishment",
                },
                cancellationToken).ConfigureAwait(false);
        }

        if (oldestSnapshot == newestSnapshot)
        {
            DeviceExportsLog.DevicesWritten(
                context.Logger, deviceCount, newestSnapshot, mapped, deviceCount - mapped);
        }
        else
        {
            DeviceExportsLog.DevicesWritten(
                context.Logger, deviceCount, oldestSnapshot, newestSnapshot, mapped, deviceCount - mapped);
        }
    }

    private async ValueTask<string?> ResolveAsync(DeviceCandidate device, CancellationToken cancellationToken)
    {
        if (device.Match is null)
        {
            CountUnmapped(NoRuleMatched);
            return null;
        }

        var code = device.Match.UaiText.Trim();
        if (!_checkedCodes.TryGetValue(code, out var uai))
        {
            // NOTE: an invalid code is written to the rejects, yet the device is still written without an
            // establishment, so the pull's rejected count includes rows that were kept.
            uai = await context.CheckUaiAsync(
                    code, device.File, device.Line, $"mapping rule '{device.Match.Rule}'", cancellationToken)
                .ConfigureAwait(false);
            _checkedCodes.Add(code, uai);
        }

        if (uai is null)
        {
            CountUnmapped($"rule '{device.Match.Rule}' gave an invalid UAI");
        }

        return uai;
    }

    private void CountUnmapped(string reason) =>
        _unmapped[reason] = _unmapped.GetValueOrDefault(reason) + 1;
}
