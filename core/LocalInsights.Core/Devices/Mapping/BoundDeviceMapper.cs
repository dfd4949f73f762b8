using LocalInsights.Core.Text;

namespace LocalInsights.Core.Devices.Mapping;

/// <summary>The mapping rules with the column each one reads in one export file.</summary>
public sealed class BoundDeviceMapper(
    IReadOnlyList<(IDeviceMappingRule Rule, int Column)> rules, Func<DelimitedRow, int, string?> readField)
{
    private readonly Dictionary<(string Rule, string Uai), DeviceMatch> _matches = [];

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
                return Shared(rule.Name, uai);
            }
        }

        return null;
    }

    /// <summary>
    /// Returns one match per rule and code: a file maps many devices to each establishment, and the devices
    /// are held until the pull writes them.
    /// </summary>
    private DeviceMatch Shared(string rule, string uai)
    {
        if (!_matches.TryGetValue((rule, uai), out var match))
        {
            match = new DeviceMatch(rule, uai);
            _matches.Add((rule, uai), match);
        }

        return match;
    }
}
