using System.Text.Json;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;
using LocalInsights.Core.Storage;

namespace LocalInsights.Core.Devices.Mapping;

/// <summary>Builds the label table of a <see cref="DeviceMappingRuleKind.CategoryMap"/> rule.</summary>
internal static class CategoryTableLoader
{
    /// <summary>
    /// Reads the rule's category file, if any, then adds the inline categories over it. An entry whose UAI is
    /// invalid is rejected with its file and line and left out of the table.
    /// </summary>
    public static async Task<Dictionary<string, string>> LoadAsync(
        DeviceMappingRuleOptions rule, string ruleKey, PullContext context, CancellationToken cancellationToken)
    {
        var table = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!string.IsNullOrWhiteSpace(rule.CategoryFile))
        {
            var path = ConnectorFiles.Resolve(context, rule.CategoryFile, $"{ruleKey}:CategoryFile");
            var entries = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                ? ReadJson(context, path, $"{ruleKey}:CategoryFile")
                : ReadCsv(context, path, $"{ruleKey}:CategoryFile");
            foreach (var entry in entries)
            {
                await AddAsync(table, entry, path, context, cancellationToken).ConfigureAwait(false);
            }
        }

        // Inline codes were validated with the settings, so only their normalised form is needed here.
        foreach (var (label, code) in rule.Categories)
        {
            table[label.Trim()] = Uai.Parse(code).Value;
        }

        return table;
    }

    private static async Task AddAsync(Dictionary<string, string> table, CategoryEntry entry, string path,
        PullContext context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(entry.Label))
        {
            await context.RejectAsync(
                new Reject(path, entry.Line, "label", null, "the category label is empty"),
                cancellationToken).ConfigureAwait(false);
            return;
        }

        var uai = await context.CheckUaiAsync(entry.Uai, path, entry.Line, "uai", cancellationToken)
            .ConfigureAwait(false);
        if (uai is not null)
        {
            table[entry.Label.Trim()] = uai;
        }
    }

    private static List<CategoryEntry> ReadJson(PullContext context, string path, string key)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ConnectorException(
                    $"Category file {path} must hold a JSON object of label to UAI; fix the file named in "
                    + $"{ConnectorFiles.SettingsKey(context, key)}.");
            }

            return document.RootElement.EnumerateObject()
                .Select(property => new CategoryEntry(null, property.Name,
                    property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null))
                .ToList();
        }
        catch (JsonException exception)
        {
            throw new ConnectorException(
                $"Category file {path} is not valid JSON ({exception.Message}); fix the file named in "
                + $"{ConnectorFiles.SettingsKey(context, key)}.", exception);
        }
    }

    private static List<CategoryEntry> ReadCsv(PullContext context, string path, string key)
    {
        using var file = ConnectorFiles.OpenDelimited(context, path, key, "auto", null);
        if (file.Header.Count < 2)
        {
            throw new ConnectorException(
                $"Category file {path} needs two columns, label then UAI; fix the file named in "
                + $"{ConnectorFiles.SettingsKey(context, key)}.");
        }

        return file.ReadRows().Select(row => new CategoryEntry(row.Line, row.Get(0), row.Get(1))).ToList();
    }

    private sealed record CategoryEntry(long? Line, string? Label, string? Uai);
}
