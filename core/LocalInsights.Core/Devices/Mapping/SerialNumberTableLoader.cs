using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;

namespace LocalInsights.Core.Devices.Mapping;

/// <summary>Builds the serial number table of a <see cref="DeviceMappingRuleKind.SerialNumbers"/> rule.</summary>
/// <remarks>
/// The whole table is kept in memory: one entry per serial number listed, which registers and delivery lists keep
/// small next to the device export.
/// </remarks>
internal static class SerialNumberTableLoader
{
    private static readonly char[] SerialSeparators = [',', ';', '|', ' ', '\t', '\r', '\n'];

    /// <summary>
    /// Reads every serial number file of the rule. Lines with an invalid UAI are rejected; a serial number listed
    /// for two establishments is observed as a duplicate and left out, because choosing one would be a guess.
    /// </summary>
    public static async Task<Dictionary<string, string>> LoadAsync(
        DeviceMappingRuleOptions rule, string ruleKey, PullContext context, CancellationToken cancellationToken)
    {
        var table = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var conflicts = new Dictionary<string, SortedSet<string>>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < rule.SerialFiles.Count; index++)
        {
            var options = rule.SerialFiles[index];
            var key = $"{ruleKey}:SerialFiles:{index}";
            var path = ConnectorFiles.Resolve(context, options.Path, $"{key}:Path");
            foreach (var row in SerialTableReader.Read(context, options, key, path))
            {
                await AddRowAsync(table, conflicts, row, path, context, cancellationToken).ConfigureAwait(false);
            }
        }

        foreach (var (serial, establishments) in conflicts)
        {
            table.Remove(serial);
            await context.ObserveAsync(
                new QualityObservation
                {
                    Source = context.Connector, Kind = QualityIssueKind.Duplicate, Subject = serial,
                    Detail = $"serial number listed for several establishments ({string.Join(", ", establishments)})"
                        + $"; mapping rule '{rule.Name}' does not use it",
                },
                cancellationToken).ConfigureAwait(false);
        }

        if (conflicts.Count > 0)
        {
            CoreLog.AmbiguousSerialNumbers(context.Logger, rule.Name, conflicts.Count);
        }

        return table;
    }

    private static async Task AddRowAsync(Dictionary<string, string> table,
        Dictionary<string, SortedSet<string>> conflicts, SerialTableRow row, string path, PullContext context,
        CancellationToken cancellationToken)
    {
        // Register lines without serial numbers (licences, services) are not about devices.
        if (row.Serials is null)
        {
            return;
        }

        var uai = await context.CheckUaiAsync(row.Uai, path, row.Line, "uai", cancellationToken)
            .ConfigureAwait(false);
        if (uai is null)
        {
            return;
        }

        foreach (var serial in row.Serials.Split(SerialSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!table.TryAdd(serial, uai) && !string.Equals(table[serial], uai, StringComparison.Ordinal))
            {
                if (!conflicts.TryGetValue(serial, out var establishments))
                {
                    establishments = new SortedSet<string>(StringComparer.Ordinal) { table[serial] };
                    conflicts.Add(serial, establishments);
                }

                establishments.Add(uai);
            }
        }
    }
}
