using LocalInsights.Core.Text;

namespace LocalInsights.Core.Devices.Mapping;

/// <summary>The mapping rules with the column each one reads in one export file.</summary>
public sealed class BoundDeviceMapper(
    IReadOnlyList<(IDeviceMappingRule Rule, int Column)> rules, Func<DelimitedRow, int, string?> readField)
{
    /// <summary>Tries the rules in order and returns the first match, or null when none matches.</summary>
    public DeviceMatch? Match(DelimitedRow row)
    {
        foreach (var (rule, column) in rules)
        {
            var value = readField(row, column);
            if (value is null)
            {
                continue;
            }

            var uai = rule.Match(value);
            if (uai is not null)
            {
                return new DeviceMatch(rule.Name, uai);
            }
        }

        return null;
    }
}
