namespace LocalInsights.Core.Devices.Mapping;

/// <summary>A loaded mapping rule: turns the value of one export column into a UAI, or into nothing.</summary>
public interface IDeviceMappingRule
{
    string Name { get; }

    DeviceMappingRuleKind Kind { get; }

    /// <summary>Header name of the column the rule reads, or null for the connector's default for its kind.</summary>
    string? Field { get; }

    /// <summary>Settings key of the rule, such as <c>Connectors:intune:Mapping:Rules:0</c>, for messages.</summary>
    string Key { get; }

    /// <summary>Returns the UAI text for <paramref name="value"/>, or null when the rule does not match.</summary>
    string? Match(string value);
}
