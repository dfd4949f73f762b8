using LocalInsights.Core.Text;

namespace LocalInsights.Connectors.Ent.OpenEnt;

/// <summary>
/// French header labels of the Open ENT NG statistics exports, and how they show the kind of an export.
/// </summary>
internal static class OpenEntHeaders
{
    public const string Uai = "UAI";
    public const string Date = "Date";
    public const string Profile = "Profil";
    public const string Connections = "Connexions";
    public const string UniqueVisitors = "Visiteurs uniques";
    public const string ProvisionedAccounts = "Comptes chargés";
    public const string ActivatedAccounts = "Comptes activés";
    public const string Application = "Application";
    public const string Connector = "Connecteur";
    public const string Accesses = "Nombre d'accès";
    public const string DeviceType = "Support";

    /// <summary>Returns the kind of export <paramref name="file"/> is, or null when its header fits none.</summary>
    public static OpenEntExportKind? Detect(DelimitedFile file)
    {
        if (file.IndexOf(ProvisionedAccounts) >= 0 || file.IndexOf(UniqueVisitors) >= 0)
        {
            return OpenEntExportKind.Accounts;
        }

        if (file.IndexOf(Accesses) >= 0)
        {
            return OpenEntExportKind.Access;
        }

        return file.IndexOf(DeviceType) >= 0 ? OpenEntExportKind.DeviceType : null;
    }
}
