namespace LocalInsights.Core.Devices.Mapping;

/// <summary>One rule of a device mapping. Which settings apply depends on <see cref="Kind"/>.</summary>
public sealed class DeviceMappingRuleOptions
{
    /// <summary>Name of the rule, stored on each device it maps and shown in the data-quality report.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>
    /// <c>NamePattern</c>, <c>CategoryMap</c> or <c>SerialNumbers</c>, compared ignoring case. It is text rather than
    /// <see cref="DeviceMappingRuleKind"/> because the configuration binder (10.0) drops, without an error, a list
    /// item whose enum value does not convert, so a misspelt rule would vanish. Options validation reports it.
    /// </summary>
    public string? Kind { get; set; }

    /// <summary>
    /// Column of the export the rule reads, by its header name. Empty (default) takes the device name column for
    /// <see cref="DeviceMappingRuleKind.NamePattern"/>, the category column (GLPI: the entity) for
    /// <see cref="DeviceMappingRuleKind.CategoryMap"/>, and the serial number column for
    /// <see cref="DeviceMappingRuleKind.SerialNumbers"/>.
    /// </summary>
    public string? Field { get; set; }

    /// <summary>
    /// <see cref="DeviceMappingRuleKind.NamePattern"/>: a .NET regular expression with a named group <c>uai</c>,
    /// for example <c>^(?&lt;uai&gt;\d{7}[A-Z])-</c>. It is matched case-insensitively.
    /// </summary>
    public string? Pattern { get; set; }

    /// <summary>
    /// <see cref="DeviceMappingRuleKind.CategoryMap"/>: label to UAI, compared case-insensitively. A GLPI entity
    /// path such as <c>Entité racine &gt; Lycée Exemple</c> matches its whole path first, then its last segment.
    /// </summary>
    public Dictionary<string, string> Categories { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// <see cref="DeviceMappingRuleKind.CategoryMap"/>: a further table of labels, either a JSON object
    /// <c>{"label": "UAI"}</c> or a CSV file whose first column is the label and second the UAI. Entries of
    /// <see cref="Categories"/> win over the file's.
    /// </summary>
    public string? CategoryFile { get; set; }

    /// <summary><see cref="DeviceMappingRuleKind.SerialNumbers"/>: the files that list serial numbers.</summary>
    public List<SerialNumberFileOptions> SerialFiles { get; init; } = [];

    /// <summary>Returns <see cref="Kind"/> as a rule kind, or null when it is missing or names no kind.</summary>
    internal DeviceMappingRuleKind? ParseKind()
    {
        var text = Kind?.Trim();
        foreach (var kind in Enum.GetValues<DeviceMappingRuleKind>())
        {
            if (string.Equals(text, kind.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        return null;
    }
}
