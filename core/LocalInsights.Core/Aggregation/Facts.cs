using LocalInsights.Core.Model;

namespace LocalInsights.Core.Aggregation;

/// <summary>
/// Everything the aggregation computed for one environment and month, as the reports read it. Counts of
/// people below the threshold are already suppressed (null) here.
/// </summary>
public sealed record FactSet
{
    public required string Environment { get; init; }
    public required string EnvironmentName { get; init; }
    public required DateOnly Month { get; init; }
    public required DateTimeOffset GeneratedAt { get; init; }
    public required int SuppressionThreshold { get; init; }
    public required IReadOnlyList<EstablishmentFact> Establishments { get; init; }
    public required IReadOnlyList<DeviceFact> Devices { get; init; }
    public required IReadOnlyList<PlatformUseFact> PlatformUse { get; init; }
    public required IReadOnlyList<InvestmentFact> Investments { get; init; }
    public required IReadOnlyList<LicenceFact> Licences { get; init; }
    public required IReadOnlyList<DataQualityFact> DataQuality { get; init; }
    public required IReadOnlyList<SourceFact> Sources { get; init; }
}

/// <summary>Figures for one establishment and month.</summary>
public sealed record EstablishmentFact
{
    public required DateOnly Month { get; init; }
    public required string Uai { get; init; }
    public required string Name { get; init; }
    public required EstablishmentKind Kind { get; init; }
    public required string Commune { get; init; }
    public required Funder Funder { get; init; }
    public int? Pupils { get; init; }
    public long DevicesDeployed { get; init; }
    public long DevicesActive { get; init; }
    public long DevicesIdle { get; init; }
    public long DevicesNeverSeen { get; init; }

    /// <summary>
    /// Distinct active students on the platforms, as computed or reported; null when suppressed or absent.
    /// </summary>
    public long? ActiveStudents { get; init; }

    /// <summary>Active students per 100 enrolled pupils, when both are known.</summary>
    public decimal? ActiveStudentsPer100Pupils { get; init; }

    /// <summary>Activated accounts divided by provisioned accounts, all roles the source reports.</summary>
    public decimal? AccountActivationRate { get; init; }

    /// <summary>Device spend excluding VAT from the investment register, all years.</summary>
    public decimal DeviceSpend { get; init; }

    /// <summary>Device spend spread over each line's depreciation years: the cost of one year.</summary>
    public decimal AnnualisedDeviceSpend { get; init; }

    public decimal? CostPerActiveDevice { get; init; }
    public decimal? AnnualisedCostPerActiveDevice { get; init; }
}

/// <summary>Devices of one establishment, model and operating system at the end of the month.</summary>
public sealed record DeviceFact
{
    public required DateOnly Month { get; init; }

    /// <summary>The establishment, or null for devices no mapping rule matched.</summary>
    public string? Uai { get; init; }

    public required string Model { get; init; }
    public required string OperatingSystem { get; init; }
    public required string Source { get; init; }
    public long Deployed { get; init; }
    public long Active { get; init; }
    public long Idle { get; init; }
    public long NeverSeen { get; init; }
}

/// <summary>Use of one platform by one role in one establishment and month.</summary>
public sealed record PlatformUseFact
{
    public required DateOnly Month { get; init; }
    public required string Uai { get; init; }
    public required string Platform { get; init; }
    public required PlatformRole Role { get; init; }

    /// <summary>Distinct active users; null when below the suppression threshold or not given by the source.</summary>
    public long? ActiveUsers { get; init; }

    /// <summary>True when <see cref="ActiveUsers"/> was hidden to protect small groups.</summary>
    public bool Suppressed { get; init; }

    public long? Connections { get; init; }
    public decimal? ActiveUsersPer100Pupils { get; init; }
    public long? ProvisionedAccounts { get; init; }
    public long? ActivatedAccounts { get; init; }
    public decimal? ActivationRate { get; init; }

    /// <summary>How the figure was obtained: computed from per-user records, or as reported by the source.</summary>
    public required FigureBasis Basis { get; init; }
}

/// <summary>Spend of one establishment, programme and category.</summary>
public sealed record InvestmentFact
{
    public required string Uai { get; init; }
    public required string Programme { get; init; }
    public required InvestmentCategory Category { get; init; }
    public int Lines { get; init; }
    public decimal Quantity { get; init; }
    public decimal AmountExcludingTax { get; init; }
    public decimal? AmountIncludingTax { get; init; }
    public decimal AnnualisedAmount { get; init; }
    public DateOnly? FirstAcquisition { get; init; }
    public DateOnly? LastAcquisition { get; init; }

    /// <summary>Active devices of the establishment in the month, for device lines.</summary>
    public long? ActiveDevices { get; init; }

    public decimal? CostPerActiveDevice { get; init; }
}

/// <summary>Licence units of one SKU for the month, with unused spend when the unit price is known.</summary>
public sealed record LicenceFact
{
    public required DateOnly Month { get; init; }
    public required string SkuPartNumber { get; init; }
    public long Purchased { get; init; }
    public long Assigned { get; init; }
    public long? Active { get; init; }
    public decimal? UnitPrice { get; init; }
    public decimal? UnusedSpend { get; init; }
}

/// <summary>One data-quality finding, counted, for the people who produce the sources.</summary>
public sealed record DataQualityFact
{
    public required string Source { get; init; }
    public required QualityIssueKind Kind { get; init; }
    public required string Subject { get; init; }
    public string? File { get; init; }
    public long Count { get; init; }
    public string? Detail { get; init; }
}

/// <summary>What one source contributed to the month: its last complete pull, and how this run's pull went.</summary>
public sealed record SourceFact
{
    public required string Connector { get; init; }
    public required string ConnectorType { get; init; }

    /// <summary>When the pull the facts use completed, or null when no pull of the month ever completed.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    public long Records { get; init; }
    public long RejectedRows { get; init; }

    /// <summary>
    /// Why this run's pull of the source failed, or null when it succeeded or was not run. After a failure the
    /// facts use the previous complete pull of the month, if any.
    /// </summary>
    public string? Failure { get; init; }
}

public enum FigureBasis
{
    Computed,
    Reported,
}
