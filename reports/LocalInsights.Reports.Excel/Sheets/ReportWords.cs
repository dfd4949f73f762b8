using LocalInsights.Core.Aggregation;
using LocalInsights.Core.Model;

namespace LocalInsights.Reports.Excel.Sheets;

/// <summary>Plain words for the codes of the model, as readers of the report see them.</summary>
internal static class ReportWords
{
    /// <summary>Text of the UAI column for devices that no mapping rule matched.</summary>
    public const string Unmapped = "(unmapped)";

    public static string Of(EstablishmentKind kind) => kind switch
    {
        EstablishmentKind.Ecole => "École",
        EstablishmentKind.College => "Collège",
        EstablishmentKind.Lycee => "Lycée",
        _ => "Other",
    };

    public static string Of(Funder funder) => funder switch
    {
        Funder.Commune => "Commune",
        Funder.Departement => "Département",
        Funder.Region => "Région",
        _ => "Unknown",
    };

    public static string Of(PlatformRole role) => role switch
    {
        PlatformRole.Student => "Student",
        PlatformRole.Teacher => "Teacher",
        PlatformRole.Staff => "Staff",
        PlatformRole.Parent => "Parent",
        PlatformRole.Guest => "Guest",
        _ => "Unknown",
    };

    public static string Of(FigureBasis basis) => basis switch
    {
        FigureBasis.Computed => "computed from per-user logs",
        FigureBasis.Reported => "reported by the platform",
        _ => basis.ToString(),
    };

    public static string Of(InvestmentCategory category) => category switch
    {
        InvestmentCategory.Device => "Devices",
        InvestmentCategory.Licence => "Licences",
        InvestmentCategory.Platform => "Platform",
        InvestmentCategory.Service => "Services",
        _ => "Other",
    };

    public static string Of(QualityIssueKind kind) => kind switch
    {
        QualityIssueKind.InvalidUai => "Invalid UAI code",
        QualityIssueKind.UnknownUai => "UAI code not in the establishment directory",
        QualityIssueKind.UnmappedDevice => "Device not mapped to an establishment",
        QualityIssueKind.UnknownModel => "Unknown device model",
        QualityIssueKind.Duplicate => "Duplicate record",
        QualityIssueKind.RejectedRows => "Rejected rows",
        QualityIssueKind.ConcealedNames => "Concealed user names",
        QualityIssueKind.CountMismatch => "Count mismatch between listing and total",
        QualityIssueKind.StaleSource => "Source not updated recently",
        QualityIssueKind.ImplausibleDate => "Implausible date",
        _ => kind.ToString(),
    };
}
