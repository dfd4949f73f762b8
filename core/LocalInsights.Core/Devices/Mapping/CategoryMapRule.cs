namespace LocalInsights.Core.Devices.Mapping;

/// <summary>
/// Looks a category, group or entity label up in a table. A tree path (<c>A &gt; B &gt; C</c>, as GLPI writes
/// entities and locations) that is not in the table whole is looked up by its last segment.
/// </summary>
internal sealed class CategoryMapRule(
    string name, string? column, string key, IReadOnlyDictionary<string, string> uaiByLabel) : IDeviceMappingRule
{
    public string Name => name;

    public DeviceMappingRuleKind Kind => DeviceMappingRuleKind.CategoryMap;

    public string? Field => column;

    public string Key => key;

    /// <summary>Number of labels in the table.</summary>
    public int Count => uaiByLabel.Count;

    public string? Match(string value)
    {
        var label = value.Trim();
        if (uaiByLabel.TryGetValue(label, out var uai))
        {
            return uai;
        }

        var lastSeparator = label.LastIndexOf('>');
        if (lastSeparator < 0)
        {
            return null;
        }

        var lastSegment = label[(lastSeparator + 1)..].Trim();
        return uaiByLabel.TryGetValue(lastSegment, out uai) ? uai : null;
    }
}
