using LocalInsights.Core.Connectors;
using LocalInsights.Core.Text;

namespace LocalInsights.Core.Devices.Mapping;

/// <summary>
/// The loaded mapping rules of one connector instance, shared by the device connectors (export files and Graph).
/// </summary>
public sealed class DeviceMapper
{
    private readonly IReadOnlyList<IDeviceMappingRule> _rules;

    private DeviceMapper(IReadOnlyList<IDeviceMappingRule> rules)
    {
        _rules = rules;
    }

    public IReadOnlyList<IDeviceMappingRule> Rules => _rules;

    /// <summary>Loads every rule, reading the category tables and serial number files they name.</summary>
    public static async Task<DeviceMapper> LoadAsync(
        DeviceMappingOptions options, string key, PullContext context, CancellationToken cancellationToken)
    {
        var rules = new List<IDeviceMappingRule>();
        for (var index = 0; index < options.Rules.Count; index++)
        {
            var rule = await LoadRuleAsync(options.Rules[index], $"{key}:Rules:{index}", context, cancellationToken)
                .ConfigureAwait(false);
            rules.Add(rule);
        }

        return new DeviceMapper(rules);
    }

    /// <summary>
    /// Finds the column each rule reads in <paramref name="file"/>; throws a <see cref="ConnectorException"/>
    /// naming the rule's <c>Field</c> key when a column is missing.
    /// </summary>
    public BoundDeviceMapper Bind(PullContext context, DelimitedFile file, DeviceMappingDefaults defaults,
        Func<DelimitedRow, int, string?> readField)
    {
        var bound = new List<(IDeviceMappingRule, int)>();
        foreach (var rule in _rules)
        {
            var column = string.IsNullOrWhiteSpace(rule.Field) ? defaults.ColumnFor(rule.Kind) : rule.Field;
            var index = file.IndexOf(column);
            if (index < 0)
            {
                throw new ConnectorException(
                    $"File {file.Path} has no column '{column}', which mapping rule '{rule.Name}' reads; its columns "
                    + $"are {string.Join(", ", file.Header.Select(name => $"'{name}'"))}. "
                    + $"Set {rule.Key}:Field to one of them.");
            }

            bound.Add((rule, index));
        }

        return new BoundDeviceMapper(bound, readField);
    }

    /// <summary>
    /// Tries the rules in order on a device whose fields <paramref name="readField"/> returns by name, and returns
    /// the first match, or null when none matches. A rule without <c>Field</c> reads the default field of its kind.
    /// </summary>
    public DeviceMatch? Match(DeviceMappingDefaults defaults, Func<string, string?> readField)
    {
        foreach (var rule in _rules)
        {
            var field = string.IsNullOrWhiteSpace(rule.Field) ? defaults.ColumnFor(rule.Kind) : rule.Field;
            var value = readField(field);
            var uai = string.IsNullOrWhiteSpace(value) ? null : rule.Match(value);
            if (uai is not null)
            {
                return new DeviceMatch(rule.Name, uai);
            }
        }

        return null;
    }

    private static async Task<IDeviceMappingRule> LoadRuleAsync(
        DeviceMappingRuleOptions options, string key, PullContext context, CancellationToken cancellationToken)
    {
        var name = options.Name.Trim();
        var fullKey = ConnectorFiles.SettingsKey(context, key);
        IDeviceMappingRule rule;
        int entries;
        switch (options.ParseKind())
        {
            case DeviceMappingRuleKind.NamePattern:
                rule = new NamePatternRule(name, options.Field, fullKey,
                    DeviceMappingOptions.CompilePattern(options.Pattern!));
                entries = 1;
                break;
            case DeviceMappingRuleKind.CategoryMap:
                var categories = await CategoryTableLoader.LoadAsync(options, key, context, cancellationToken)
                    .ConfigureAwait(false);
                rule = new CategoryMapRule(name, options.Field, fullKey, categories);
                entries = categories.Count;
                break;
            case DeviceMappingRuleKind.SerialNumbers:
                var serials = await SerialNumberTableLoader.LoadAsync(options, key, context, cancellationToken)
                    .ConfigureAwait(false);
                rule = new SerialNumberRule(name, options.Field, fullKey, serials);
                entries = serials.Count;
                break;
            default:
                // Options validation reports this first, so only a caller that skips validation gets here.
                throw new ConnectorException($"Mapping rule '{name}' has no valid Kind: set {fullKey}:Kind to one "
                    + $"of {DeviceMappingOptions.KindNames}.");
        }

        CoreLog.MappingRuleLoaded(context.Logger, name, entries);
        return rule;
    }
}
