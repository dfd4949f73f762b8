using System.Text.RegularExpressions;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.DeviceExports.Glpi;

/// <summary>
/// Reads a GLPI computer search exported to CSV and writes one <see cref="DeviceSnapshot"/> per computer.
/// </summary>
/// <remarks>
/// GLPI versions differ in what they write. According to GLPI's bug reports, GLPI 10 starts the file with a UTF-8
/// byte order mark, GLPI 11.0.0 to 11.0.6 do not, and some installations write a blank first line. All three
/// read the same. Cells with several values separate them with HTML <c>&lt;br&gt;</c>, which is replaced by
/// <c> | </c>.
/// </remarks>
public sealed partial class GlpiComputerExportConnector : IConnector
{
    public const string ConnectorType = "glpi-computer-export";

    public ConnectorDescriptor Descriptor { get; } = new(
        ConnectorType,
        "GLPI computer export (CSV)",
        [typeof(DeviceSnapshot), typeof(QualityObservation)],
        typeof(GlpiComputerExportOptions),
        DeviceExportProcessing.Declaration("GLPI"));

    public Task PullAsync(PullContext context, CancellationToken cancellationToken)
    {
        var options = context.GetOptions<GlpiComputerExportOptions>();
        return DeviceExportPull.RunAsync(context, options, CleanValue, cancellationToken);
    }

    /// <summary>Replaces each HTML line break of a multi-value cell by <c> | </c>.</summary>
    internal static string? CleanValue(string value)
    {
        var cleaned = LineBreakTag().Replace(value, " | ").Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    [GeneratedRegex(@"\s*<br\s*/?>\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LineBreakTag();
}
