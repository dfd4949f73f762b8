using LocalInsights.Core.Aggregation;
using LocalInsights.Core.Model;

namespace LocalInsights.Reports.PowerBI.Tests;

/// <summary>Fact sets for the tests: a few rows of every table, or many device rows.</summary>
internal static class Facts
{
    public static readonly DateOnly October2024 = new(2024, 10, 1);

    public static FactSet Small() => Build(devices: 3) with
    {
        Establishments =
        [
            new EstablishmentFact
            {
                Month = October2024, Uai = "0350122T", Name = "École primaire publique les Lucioles",
                Kind = EstablishmentKind.Ecole, Commune = "Baulon", Funder = Funder.Commune, Pupils = 120,
                DevicesDeployed = 30, DevicesActive = 21, ActiveStudentsPer100Pupils = 2m / 3m,
            },
        ],
        Sources =
        [
            new SourceFact
            {
                Connector = "intune", ConnectorType = "graph", Records = 3,
                CompletedAt = new DateTimeOffset(2024, 11, 2, 6, 30, 15, 123, TimeSpan.Zero),
            },
        ],
    };

    /// <summary>Returns a fact set whose only rows are <paramref name="devices"/> distinct device rows.</summary>
    public static FactSet Build(int devices) => new()
    {
        Environment = "rennes", EnvironmentName = "Ville de Rennes", Month = October2024,
        GeneratedAt = new DateTimeOffset(2024, 11, 3, 6, 0, 0, TimeSpan.Zero), SuppressionThreshold = 5,
        Establishments = [], PlatformUse = [], Investments = [], Licences = [], DataQuality = [], Sources = [],
        Devices = Enumerable.Range(0, devices).Select(Device).ToList(),
    };

    public static DeviceFact Device(int index) => new()
    {
        Month = October2024, Uai = "0350122T", Model = $"Model {index:D7}", OperatingSystem = "Windows",
        Source = "intune", Deployed = 1, Active = index % 2, Idle = 1 - (index % 2),
    };
}
