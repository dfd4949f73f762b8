using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.DeviceExports.Intune;

/// <summary>
/// Reads the CSV file the Intune admin centre exports from "Devices &gt; All devices" (comma-separated, UTF-8 with
/// a byte order mark, every field quoted) and writes one <see cref="DeviceSnapshot"/> per device.
/// </summary>
/// <remarks>
/// Columns are found by header name. Personal columns are never read. A device listed twice keeps the row with the
/// latest check-in, and each repeat is observed as a duplicate. Devices are mapped to establishments by the rules
/// of <see cref="DeviceExportOptions.Mapping"/>.
/// </remarks>
public sealed class IntuneDeviceExportConnector : IConnector
{
    public const string ConnectorType = "intune-device-export";

    public ConnectorDescriptor Descriptor { get; } = new(
        ConnectorType,
        "Intune device export (CSV)",
        [typeof(DeviceSnapshot), typeof(QualityObservation)],
        typeof(IntuneDeviceExportOptions),
        DeviceExportProcessing.Declaration("Intune"));

    public Task PullAsync(PullContext context, CancellationToken cancellationToken)
    {
        var options = context.GetOptions<IntuneDeviceExportOptions>();
        return DeviceExportPull.RunAsync(context, options, cleanValue: null, cancellationToken);
    }
}
