using LocalInsights.Core.Connectors;

namespace LocalInsights.Core.Devices.Mapping;

/// <summary>Finds the serial number and UAI columns of a serial number file by their header names.</summary>
internal static class SerialTableColumns
{
    private static readonly string[] SerialNames =
        ["serial", "Serial number", "Numéro de série", "Numéros de série", "N° de série", "Numero de serie"];

    private static readonly string[] UaiNames = ["uai", "Établissement (UAI)", "Etablissement (UAI)", "Code UAI"];

    /// <summary>Returns the serial and UAI column names of the file, or throws naming the key to set.</summary>
    public static (string Serial, string Uai) Resolve(
        PullContext context, SerialNumberFileOptions options, string key, string path, IReadOnlyList<string> header)
    {
        var serial = Find(context, options.SerialColumn, SerialNames, header, path, $"{key}:SerialColumn");
        var uai = Find(context, options.UaiColumn, UaiNames, header, path, $"{key}:UaiColumn");
        return (serial, uai);
    }

    private static string Find(PullContext context, string? configured, string[] candidates,
        IReadOnlyList<string> header, string path, string key)
    {
        var wanted = string.IsNullOrWhiteSpace(configured) ? candidates : [configured.Trim()];
        foreach (var name in wanted)
        {
            var found = header.FirstOrDefault(
                column => string.Equals(column, name, StringComparison.OrdinalIgnoreCase));
            if (found is not null)
            {
                return found;
            }
        }

        throw new ConnectorException(
            $"Serial number file {path} has no column {string.Join(" or ", wanted.Select(name => $"'{name}'"))}; "
            + $"its columns are {string.Join(", ", header.Select(name => $"'{name}'"))}. "
            + $"Set {ConnectorFiles.SettingsKey(context, key)} to the right column.");
    }
}
