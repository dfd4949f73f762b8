using System.Globalization;
using LocalInsights.Connectors.Investment.Reading;
using LocalInsights.Core.Text;

namespace LocalInsights.Connectors.Investment;

/// <summary>The settings that apply to one register file: its own where set, else the connector's.</summary>
internal sealed class RegisterFileSettings
{
    private readonly Dictionary<InvestmentField, string> _settingKeys = [];

    private RegisterFileSettings(string path, string fullPath, string fileKey)
    {
        Path = path;
        FullPath = fullPath;
        FileKey = fileKey;
    }

    /// <summary>The path as configured, used to name the file in rejects and messages.</summary>
    public string Path { get; }

    public string FullPath { get; }

    /// <summary>Configuration key of the file entry, such as <c>Connectors:register:Files:0</c>.</summary>
    public string FileKey { get; }

    public RegisterFormat Format { get; private init; }

    public string Encoding { get; private init; } = "auto";

    public string? Separator { get; private init; }

    public DecimalSeparator DecimalSeparator { get; private init; }

    public required DateParser Dates { get; init; }

    public string? Sheet { get; private init; }

    public int? HeaderRow { get; private init; }

    /// <summary>Header of the column of each mapped field. Fields set to an empty header are absent.</summary>
    public IReadOnlyDictionary<InvestmentField, string> Columns { get; private init; } =
        new Dictionary<InvestmentField, string>();

    /// <summary>
    /// Builds the settings of file <paramref name="index"/>, with keys below <paramref name="sectionPath"/>.
    /// </summary>
    public static RegisterFileSettings Create(
        InvestmentRegisterOptions options, int index, string sectionPath, string baseDirectory)
    {
        var file = options.Files[index];
        var fileKey = string.Create(CultureInfo.InvariantCulture, $"{sectionPath}:Files:{index}");
        RegisterFormats.TryGet(file.Path, out var format);
        var dateFormats = file.DateFormats ?? options.DateFormats ?? [.. InvestmentRegisterOptions.DefaultDateFormats];
        var settings = new RegisterFileSettings(
            file.Path, System.IO.Path.GetFullPath(System.IO.Path.Combine(baseDirectory, file.Path)), fileKey)
        {
            Format = format,
            Encoding = file.Encoding ?? options.Encoding,
            Separator = string.IsNullOrEmpty(file.Separator) ? options.Separator : file.Separator,
            DecimalSeparator = file.DecimalSeparator ?? options.DecimalSeparator,
            Dates = new DateParser(dateFormats),
            Sheet = string.IsNullOrWhiteSpace(file.Sheet) ? options.Sheet : file.Sheet,
            HeaderRow = file.HeaderRow ?? options.HeaderRow,
            Columns = MergeColumns(options.Columns, file.Columns),
        };
        foreach (var field in Enum.GetValues<InvestmentField>())
        {
            var overridden = file.Columns?.Keys.Any(key => string.Equals(key, field.ToString(),
                StringComparison.OrdinalIgnoreCase)) == true;
            settings._settingKeys[field] = overridden ? $"{fileKey}:Columns:{field}" : $"{sectionPath}:Columns:{field}";
        }

        return settings;
    }

    /// <summary>Returns the configuration key that sets the header of <paramref name="field"/> for this file.</summary>
    public string SettingKeyOf(InvestmentField field) => _settingKeys[field];

    private static Dictionary<InvestmentField, string> MergeColumns(
        InvestmentRegisterColumns columns, Dictionary<string, string>? overrides)
    {
        var merged = new Dictionary<InvestmentField, string>();
        foreach (var field in Enum.GetValues<InvestmentField>())
        {
            var header = columns.NameOf(field);
            var match = overrides?.FirstOrDefault(pair =>
                string.Equals(pair.Key, field.ToString(), StringComparison.OrdinalIgnoreCase));
            if (match is { Key: not null } pair)
            {
                header = pair.Value;
            }

            if (!string.IsNullOrWhiteSpace(header))
            {
                merged[field] = header.Trim();
            }
        }

        return merged;
    }
}
