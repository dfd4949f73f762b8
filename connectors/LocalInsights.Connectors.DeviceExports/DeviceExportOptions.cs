using System.ComponentModel.DataAnnotations;
using LocalInsights.Core.Devices.Mapping;

namespace LocalInsights.Connectors.DeviceExports;

/// <summary>Settings shared by the device export connectors: the files, how to read them, how to map devices.</summary>
public abstract class DeviceExportOptions : IValidatableObject
{
    /// <summary>
    /// Export files, relative to the environment's folder or absolute. A file name may contain the wildcards
    /// <c>*</c> and <c>?</c>, which select the matching files of its folder in name order. The files are one
    /// snapshot unless <see cref="SnapshotDateFromFileName"/> is true. Devices are deduplicated across all of them.
    /// </summary>
    public List<string> Files { get; init; } = [];

    /// <summary>Day the export was taken, or the last day of the pull window when not set.</summary>
    public DateOnly? SnapshotDate { get; set; }

    /// <summary>
    /// Whether each file's snapshot date is the one date written in its name, as <c>yyyy-MM-dd</c> or
    /// <c>yyyyMMdd</c> (default false). Files dated outside the pull window are skipped, and each device is taken
    /// from the newest snapshot that lists it.
    /// </summary>
    public bool SnapshotDateFromFileName { get; set; }

    /// <summary><c>auto</c> (default), <c>utf-8</c>, <c>windows-1252</c> or <c>iso-8859-1</c>.</summary>
    public string Encoding { get; set; } = "auto";

    /// <summary>Field separator. Empty (default) detects it from the header.</summary>
    public string? Separator { get; set; }

    /// <summary>
    /// Whether the exports' fields never span lines, so that a quote not closed on its line costs that row only
    /// (<see cref="Core.Text.DelimitedFileOptions.SingleLineRecords"/>). Fixed by each kind of export.
    /// </summary>
    internal virtual bool SingleLineRecords => false;

    /// <summary>Date formats tried in order. Empty (default) uses the formats of the core date parser.</summary>
    public List<string> DateFormats { get; init; } = [];

    /// <summary>Time zone of dates written without an offset, as an IANA or Windows id.</summary>
    public abstract string TimeZone { get; set; }

    /// <summary>
    /// Whether device names are stored (default false). Mapping rules read them either way. No report shows them,
    /// and Intune's default names for devices enrolled by their user embed that person's name.
    /// </summary>
    public bool StoreDeviceNames { get; set; }

    public DeviceMappingOptions Mapping { get; init; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Files.Count == 0)
        {
            yield return new ValidationResult("list at least one export file", ["Files"]);
        }

        for (var index = 0; index < Files.Count; index++)
        {
            if (string.IsNullOrWhiteSpace(Files[index]))
            {
                yield return new ValidationResult("the file path is empty", [$"Files:{index}"]);
            }
        }

        if (SnapshotDate is not null && SnapshotDateFromFileName)
        {
            yield return new ValidationResult(
                "must not be set when SnapshotDateFromFileName is true, which takes each file's snapshot date from "
                + "its name; remove one of the two settings", ["SnapshotDate"]);
        }

        if (!TimeZoneExists(TimeZone))
        {
            yield return new ValidationResult($"time zone '{TimeZone}' is not known on this machine", ["TimeZone"]);
        }

        foreach (var problem in ValidateColumns().Concat(Mapping.Validate("Mapping")))
        {
            yield return problem;
        }
    }

    /// <summary>Returns the connector's column settings as the shared reader uses them.</summary>
    internal abstract DeviceColumnNames GetColumnNames();

    /// <summary>Checks the connector's column settings.</summary>
    protected abstract IEnumerable<ValidationResult> ValidateColumns();

    /// <summary>Returns a problem for the column key <paramref name="name"/> when its value is empty.</summary>
    protected static IEnumerable<ValidationResult> RequireColumn(string? value, string name) =>
        string.IsNullOrWhiteSpace(value)
            ? [new ValidationResult("the column name is empty", [$"Columns:{name}"])]
            : [];

    private static bool TimeZoneExists(string id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }
}
