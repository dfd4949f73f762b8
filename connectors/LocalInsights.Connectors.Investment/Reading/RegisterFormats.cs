namespace LocalInsights.Connectors.Investment.Reading;

/// <summary>Maps file extensions to <see cref="RegisterFormat"/>.</summary>
internal static class RegisterFormats
{
    public const string Supported = ".csv, .txt, .tsv, .xlsx or .xlsm";

    public static bool TryGet(string path, out RegisterFormat format)
    {
        switch (Path.GetExtension(path).ToUpperInvariant())
        {
            case ".CSV" or ".TXT" or ".TSV":
                format = RegisterFormat.Delimited;
                return true;
            case ".XLSX" or ".XLSM":
                format = RegisterFormat.Workbook;
                return true;
            default:
                format = default;
                return false;
        }
    }

    /// <summary>Says how to convert a file whose extension is not supported.</summary>
    public static string Advice(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".XLS" => "it is an Excel 97-2003 workbook: save it as .xlsx",
        ".ODS" => "it is an OpenDocument spreadsheet: save it as .xlsx or .csv",
        "" => $"it has no extension: use {Supported}",
        var other => $"extension {other.ToLowerInvariant()} is not supported: use {Supported}",
    };
}
