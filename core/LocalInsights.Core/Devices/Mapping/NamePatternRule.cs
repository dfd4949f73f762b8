using System.Text.RegularExpressions;
using LocalInsights.Core.Connectors;

namespace LocalInsights.Core.Devices.Mapping;

/// <summary>Takes the UAI from the named group <c>uai</c> of a regular expression.</summary>
internal sealed class NamePatternRule(string name, string? column, string key, Regex pattern) : IDeviceMappingRule
{
    public string Name => name;

    public DeviceMappingRuleKind Kind => DeviceMappingRuleKind.NamePattern;

    public string? Field => column;

    public string Key => key;

    public string? Match(string value)
    {
        Match match;
        try
        {
            match = pattern.Match(value);
        }
        catch (RegexMatchTimeoutException exception)
        {
            throw new ConnectorException(
                $"Mapping rule '{name}' took more than {pattern.MatchTimeout.TotalMilliseconds} ms on one value: "
                + $"simplify the regular expression in {key}:Pattern.", exception);
        }

        var group = match.Groups["uai"];
        return match.Success && group.Success && group.Length > 0 ? group.Value : null;
    }
}
