namespace LocalInsights.Core.Model;

/// <summary>
/// One device as a source saw it on one day. <see cref="Uai"/> is null when no mapping rule matched; the device
/// is then counted as unmapped, never dropped.
/// </summary>
public sealed record DeviceSnapshot
{
    public required DateOnly SnapshotDate { get; init; }
    public required string Source { get; init; }
    public required string DeviceId { get; init; }
    public string? DeviceName { get; init; }
    public string? SerialNumber { get; init; }
    public string? Manufacturer { get; init; }
    public string? Model { get; init; }
    public string? OperatingSystem { get; init; }
    public string? OsVersion { get; init; }
    public DateTimeOffset? EnrolledAt { get; init; }

    /// <summary>Last check-in with the management service; null means the device was never seen.</summary>
    public DateTimeOffset? LastSyncAt { get; init; }

    public string? Status { get; init; }
    public string? Uai { get; init; }

    /// <summary>The mapping rule that gave <see cref="Uai"/>, or null when unmapped.</summary>
    public string? MappingRule { get; init; }
}

/// <summary>Licence units of one SKU on one day.</summary>
public sealed record LicenceSnapshot
{
    public required DateOnly SnapshotDate { get; init; }
    public required string Source { get; init; }
    public required string SkuId { get; init; }
    public required string SkuPartNumber { get; init; }
    public int EnabledUnits { get; init; }
    public int SuspendedUnits { get; init; }
    public int WarningUnits { get; init; }
    public int ConsumedUnits { get; init; }

    /// <summary>
    /// Establishment of a per-establishment breakdown, or null for the SKU's totals over the whole tenant. In a
    /// breakdown, <see cref="ConsumedUnits"/> counts the users of that establishment the SKU is assigned to and the
    /// purchased units (enabled, suspended, warning) are zero: add breakdowns to each other, never to the totals.
    /// </summary>
    public string? Uai { get; init; }

    /// <summary>
    /// Users the SKU is assigned to who had activity in the pull window, or null when the source cannot tell
    /// (usage reports not read, or user names concealed in them).
    /// </summary>
    public int? ActiveUsers { get; init; }
}

/// <summary>
/// Activity of one person on one platform on one day, from a per-user source. The person is known only by a
/// keyed pseudonym.
/// </summary>
public sealed record PlatformActivity
{
    public required DateOnly Day { get; init; }
    public required string Platform { get; init; }
    public required string Uai { get; init; }
    public required PlatformRole Role { get; init; }
    public required string PersonPseudonym { get; init; }
    public string? Service { get; init; }
    public int Connections { get; init; }
}

/// <summary>
/// A person of one pull: a number that the pull gives each distinct identifier so that writing a record needs no
/// lookup by text, and the keyed pseudonym. Numbers mean nothing outside the pull and are never stored.
/// </summary>
/// <remarks>
/// <see cref="Pseudonym"/> is set when the person first appears in the pull, and may be null afterwards: the record
/// writer keeps the pseudonym of each number from its first record, which must carry it.
/// </remarks>
public readonly record struct PersonKey(int Number, string? Pseudonym);

/// <summary>
/// The fields of a <see cref="PlatformActivity"/>, with the person as a <see cref="PersonKey"/>, for connectors that
/// write millions of records without an object each.
/// </summary>
public readonly record struct ActivityRow(
    DateOnly Day, string Platform, string Uai, PlatformRole Role, PersonKey Person, string? Service, int Connections);

/// <summary>
/// Figures an aggregated platform export reports for one establishment, period and role. Unique visitors are
/// the source's own distinct count for that period and establishment: they are never summed.
/// </summary>
public sealed record PlatformStatistic
{
    public required string Platform { get; init; }
    public required string Uai { get; init; }
    public required DateOnly PeriodStart { get; init; }
    public required StatisticPeriod Period { get; init; }
    public required PlatformRole Role { get; init; }

    /// <summary>
    /// Application or service the figures are about, or null for the establishment's platform-wide figures.
    /// Per-service connections overlap with the platform-wide ones and are never added to them.
    /// </summary>
    public string? Service { get; init; }

    public long? Connections { get; init; }
    public int? UniqueVisitors { get; init; }
    public int? ProvisionedAccounts { get; init; }
    public int? ActivatedAccounts { get; init; }
}

/// <summary>One line of an authority's investment register.</summary>
public sealed record InvestmentLine
{
    public required string Reference { get; init; }
    public string? Programme { get; init; }
    public required string Uai { get; init; }
    public required InvestmentCategory Category { get; init; }
    public required string Item { get; init; }
    public decimal Quantity { get; init; } = 1;

    /// <summary>Amount excluding VAT for the whole line, in euros.</summary>
    public required decimal AmountExcludingTax { get; init; }

    /// <summary>VAT rate as a fraction (0.20 for 20 %).</summary>
    public decimal? VatRate { get; init; }

    public decimal? AmountIncludingTax { get; init; }
    public required DateOnly AcquisitionDate { get; init; }
    public int? DepreciationYears { get; init; }

    /// <summary>Share of the amount paid by the programme's funder, as a fraction, when the register gives it.</summary>
    public decimal? FundingShare { get; init; }

    public IReadOnlyList<string> SerialNumbers { get; init; } = [];
}

public enum PlatformRole
{
    Unknown,
    Student,
    Teacher,
    Staff,
    Parent,
    Guest,
}

public enum StatisticPeriod
{
    Day,
    Week,
    Month,
}

public enum InvestmentCategory
{
    Device,
    Licence,
    Platform,
    Service,
    Other,
}
