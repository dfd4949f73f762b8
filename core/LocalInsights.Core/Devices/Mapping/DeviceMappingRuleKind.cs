namespace LocalInsights.Core.Devices.Mapping;

/// <summary>How a device mapping rule finds the establishment (UAI) of a device.</summary>
public enum DeviceMappingRuleKind
{
    /// <summary>A regular expression with a named group <c>uai</c>, applied to one column of the export.</summary>
    NamePattern,

    /// <summary>A table from a category, group or entity label to a UAI.</summary>
    CategoryMap,

    /// <summary>Serial numbers listed with their UAI in an investment register or a delivery list.</summary>
    SerialNumbers,
}
