namespace LocalInsights.Connectors.DeviceExports.Glpi;

/// <summary>
/// Header names of a GLPI computer search exported to CSV, as the French interface writes them. Which columns an
/// export has depends on the columns shown in the search, so each name can be changed.
/// </summary>
public sealed class GlpiColumnOptions
{
    /// <summary>
    /// GLPI's item id. When the export has no such column, the device id is read from
    /// <see cref="SerialNumber"/>, then from <see cref="DeviceName"/>.
    /// </summary>
    public string DeviceId { get; set; } = "ID";

    public string DeviceName { get; set; } = "Nom";

    /// <summary>
    /// Entity tree path such as <c>Entité racine &gt; Lycée Exemple</c>, which CategoryMap rules read by default.
    /// </summary>
    public string Entity { get; set; } = "Entité";

    /// <summary>
    /// Last modification of the item, a local time of <see cref="GlpiComputerExportOptions.TimeZone"/>, taken as
    /// the last time the device was seen.
    /// </summary>
    /// <remarks>
    /// NOTE: GLPI also updates this date when someone edits the item by hand. Where the GLPI agent inventories the
    /// devices, the last inventory date column is the better choice.
    /// </remarks>
    public string LastSyncAt { get; set; } = "Dernière modification";

    public string SerialNumber { get; set; } = "Numéro de série";
    public string Manufacturer { get; set; } = "Fabricant";
    public string Model { get; set; } = "Modèle";
    public string Status { get; set; } = "Statut";
    public string OperatingSystem { get; set; } = "Système d'exploitation - Nom";
    public string OsVersion { get; set; } = "Système d'exploitation - Version";
}
