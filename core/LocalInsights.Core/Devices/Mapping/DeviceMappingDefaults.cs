namespace LocalInsights.Core.Devices.Mapping;

/// <summary>The export columns that rules read when their <c>Field</c> is not set, per kind of rule.</summary>
public sealed record DeviceMappingDefaults(string DeviceNameColumn, string CategoryColumn, string SerialColumn)
{
    public string ColumnFor(DeviceMappingRuleKind kind) => kind switch
    {
        DeviceMappingRuleKind.NamePattern => DeviceNameColumn,
        DeviceMappingRuleKind.CategoryMap => CategoryColumn,
        _ => SerialColumn,
    };
}
