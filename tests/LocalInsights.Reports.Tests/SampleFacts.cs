using LocalInsights.Core.Aggregation;
using LocalInsights.Core.Model;

namespace LocalInsights.Reports.Tests;

/// <summary>
/// A small, complete fact set: two écoles, unmapped devices, a hidden platform count and two sources.
/// </summary>
internal static class SampleFacts
{
    public const string Lucioles = "0350122T";
    public const string LeonardDeVinci = "0350266Z";

    public static FactSetBuilder Builder() => new FactSetBuilder()
        .WithEstablishment(Lucioles, "Ecole primaire publique les Lucioles", fact => fact with
        {
            Pupils = 1_250,
            DevicesDeployed = 42,
            DevicesActive = 30,
            DevicesIdle = 8,
            DevicesNeverSeen = 4,
            ActiveStudents = 85,
            ActiveStudentsPer100Pupils = 6.8m,
            AccountActivationRate = 0.9125m,
            DeviceSpend = 12_345.50m,
            AnnualisedDeviceSpend = 3_086.375m,
            CostPerActiveDevice = 411.5167m,
            AnnualisedCostPerActiveDevice = 102.8792m,
        })
        .WithEstablishment(LeonardDeVinci, "Ecole élémentaire publique Léonard de Vinci", fact => fact with
        {
            Commune = "Gévezé",
            Pupils = 200,
            DevicesDeployed = 17,
            DevicesIdle = 15,
            DevicesNeverSeen = 2,
            ActiveStudents = null,
            ActiveStudentsPer100Pupils = 1.5m,
            DeviceSpend = 5_100m,
            AnnualisedDeviceSpend = 1_275m,
        })
        .WithDevices(Lucioles, "HP ProBook 440 G8", deployed: 42, active: 30, idle: 8, neverSeen: 4)
        .WithDevices(LeonardDeVinci, "Lenovo 300e", deployed: 17, active: 0, idle: 15, neverSeen: 2)
        .WithDevices(null, "Surface Go", deployed: 3, active: 1, idle: 1, neverSeen: 1)
        .WithPlatformUse(PlatformUse(PlatformRole.Student, activeUsers: 85, suppressed: false))
        .WithPlatformUse(PlatformUse(PlatformRole.Teacher, activeUsers: null, suppressed: true))
        .WithInvestment(new InvestmentFact
        {
            Uai = Lucioles,
            Programme = "Socle numérique 2021",
            Category = InvestmentCategory.Device,
            Lines = 2,
            Quantity = 42,
            AmountExcludingTax = 12_345.50m,
            AmountIncludingTax = 14_814.60m,
            AnnualisedAmount = 3_086.375m,
            FirstAcquisition = new DateOnly(2021, 9, 15),
            LastAcquisition = new DateOnly(2022, 1, 10),
            ActiveDevices = 30,
            CostPerActiveDevice = 411.5167m,
        })
        .WithDataQuality(new DataQualityFact
        {
            Source = "intune",
            Kind = QualityIssueKind.InvalidUai,
            Subject = "0350999O",
            File = "devices.csv",
            Count = 3,
            Detail = "check letter O is never used",
        })
        .WithSource("graph-intune", "Intune", new DateTimeOffset(2024, 11, 2, 23, 30, 0, TimeSpan.Zero), 62, 1)
        .WithSource("ent-toutatice", "OpenEntNg", new DateTimeOffset(2024, 11, 1, 5, 0, 0, TimeSpan.Zero), 10, 0);

    public static LicenceFact Licence() => new()
    {
        Month = FactSetBuilder.October2024,
        SkuPartNumber = "M365EDU_A3_STUDENT",
        Purchased = 500,
        Assigned = 420,
        Active = 380,
        UnitPrice = 2.5m,
        UnusedSpend = 300m,
    };

    private static PlatformUseFact PlatformUse(PlatformRole role, long? activeUsers, bool suppressed) => new()
    {
        Month = FactSetBuilder.October2024,
        Uai = Lucioles,
        Platform = "Toutatice",
        Role = role,
        ActiveUsers = activeUsers,
        Suppressed = suppressed,
        Connections = 1_520,
        ActiveUsersPer100Pupils = suppressed ? 0.3m : 6.8m,
        ProvisionedAccounts = 1_300,
        ActivatedAccounts = 1_190,
        ActivationRate = 0.9154m,
        Basis = FigureBasis.Reported,
    };
}
