using LocalInsights.Core.Aggregation;
using LocalInsights.Core.Model;

namespace LocalInsights.Reports.Tests;

/// <summary>Builds <see cref="FactSet"/> values for tests, for October 2024 of one environment.</summary>
internal sealed class FactSetBuilder
{
    public static readonly DateOnly October2024 = new(2024, 10, 1);

    private readonly List<EstablishmentFact> establishments = [];
    private readonly List<DeviceFact> devices = [];
    private readonly List<PlatformUseFact> platformUse = [];
    private readonly List<InvestmentFact> investments = [];
    private readonly List<LicenceFact> licences = [];
    private readonly List<DataQualityFact> dataQuality = [];
    private readonly List<SourceFact> sources = [];
    private int threshold = 5;

    public FactSetBuilder WithThreshold(int value)
    {
        threshold = value;
        return this;
    }

    public FactSetBuilder WithEstablishment(
        string uai, string name, Func<EstablishmentFact, EstablishmentFact>? edit = null)
    {
        var fact = new EstablishmentFact
        {
            Month = October2024,
            Uai = uai,
            Name = name,
            Kind = EstablishmentKind.Ecole,
            Commune = "Baulon",
            Funder = Funder.Commune,
        };
        establishments.Add(edit is null ? fact : edit(fact));
        return this;
    }

    public FactSetBuilder WithDevices(string? uai, string model, long deployed, long active, long idle, long neverSeen)
    {
        devices.Add(new DeviceFact
        {
            Month = October2024,
            Uai = uai,
            Model = model,
            OperatingSystem = "Windows",
            Source = "intune",
            Deployed = deployed,
            Active = active,
            Idle = idle,
            NeverSeen = neverSeen,
        });
        return this;
    }

    public FactSetBuilder WithPlatformUse(PlatformUseFact fact)
    {
        platformUse.Add(fact);
        return this;
    }

    public FactSetBuilder WithInvestment(InvestmentFact fact)
    {
        investments.Add(fact);
        return this;
    }

    public FactSetBuilder WithLicence(LicenceFact fact)
    {
        licences.Add(fact);
        return this;
    }

    public FactSetBuilder WithDataQuality(DataQualityFact fact)
    {
        dataQuality.Add(fact);
        return this;
    }

    public FactSetBuilder WithSource(
        string connector, string type, DateTimeOffset completedAt, long records, long rejected)
    {
        sources.Add(new SourceFact
        {
            Connector = connector,
            ConnectorType = type,
            CompletedAt = completedAt,
            Records = records,
            RejectedRows = rejected,
        });
        return this;
    }

    public FactSet Build() => new()
    {
        Environment = "ille-et-vilaine",
        EnvironmentName = "Département d'Ille-et-Vilaine",
        Month = October2024,
        GeneratedAt = new DateTimeOffset(2024, 11, 3, 9, 15, 0, TimeSpan.Zero),
        SuppressionThreshold = threshold,
        Establishments = establishments,
        Devices = devices,
        PlatformUse = platformUse,
        Investments = investments,
        Licences = licences,
        DataQuality = dataQuality,
        Sources = sources,
    };
}
