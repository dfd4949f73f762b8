using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Graph.Devices;

/// <summary>
/// Checks the UAI each matched device got, writes every device, mapped or not, and counts the unmapped ones per
/// reason in one observation each.
/// </summary>
internal sealed class DevicePublisher(PullContext context)
{
    internal const string NoRuleMatched = "no rule matched";

    // Each distinct code is checked once: an invalid one is rejected at its first device only.
    private readonly Dictionary<string, string?> _checkedCodes = new(StringComparer.OrdinalIgnoreCase);
    private readonly SortedDictionary<string, long> _unmapped = new(StringComparer.Ordinal);
    private long _written;
    private long _mapped;

    public async ValueTask WriteAsync(DeviceSnapshot device, CancellationToken cancellationToken)
    {
        var uai = await ResolveAsync(device, cancellationToken).ConfigureAwait(false);
        var snapshot = uai is null ? device with { Uai = null, MappingRule = null } : device with { Uai = uai };
        await context.WriteAsync(snapshot, cancellationToken).ConfigureAwait(false);
        _written++;
        _mapped += uai is null ? 0 : 1;
    }

    public async Task CompleteAsync(DateOnly snapshotDate, CancellationToken cancellationToken)
    {
        foreach (var (reason, count) in _unmapped)
        {
            GraphLog.UnmappedDevices(context.Logger, count, reason);
            await context.ObserveAsync(
                new QualityObservation
                {
                    Source = context.Connector, Kind = QualityIssueKind.UnmappedDevice, Subject = reason,
                    File = Devices.ManagedDevicePull.Resource, Count = count,
                    Detail = "devices written without an establishment",
                },
                cancellationToken).ConfigureAwait(false);
        }

        GraphLog.DevicesWritten(context.Logger, _written, snapshotDate, _mapped, _written - _mapped);
    }

    private async ValueTask<string?> ResolveAsync(DeviceSnapshot device, CancellationToken cancellationToken)
    {
        if (device.Uai is null || device.MappingRule is null)
        {
            CountUnmapped(NoRuleMatched);
            return null;
        }

        var code = device.Uai.Trim();
        if (!_checkedCodes.TryGetValue(code, out var uai))
        {
            uai = await context.CheckUaiAsync(code, ManagedDevicePull.Resource, null,
                $"mapping rule '{device.MappingRule}'", cancellationToken).ConfigureAwait(false);
            _checkedCodes.Add(code, uai);
        }

        if (uai is null)
        {
            CountUnmapped($"rule '{device.MappingRule}' gave an invalid UAI");
        }

        return uai;
    }

    private void CountUnmapped(string reason) => _unmapped[reason] = _unmapped.GetValueOrDefault(reason) + 1;
}
