using LocalInsights.Core.Model;

namespace LocalInsights.Core.Aggregation;

/// <summary>The aggregate tables written for every run, with their column names and types.</summary>
public static class FactTables
{
    public static IReadOnlyList<IFactTable> From(FactSet facts) =>
    [
        new FactTable<EstablishmentFact>("establishments", facts.Establishments, EstablishmentColumns),
        new FactTable<DeviceFact>("devices", facts.Devices, DeviceColumns),
        new FactTable<PlatformUseFact>("platform-use", facts.PlatformUse, PlatformColumns),
        new FactTable<InvestmentFact>("investments", facts.Investments, InvestmentColumns),
        new FactTable<LicenceFact>("licences", facts.Licences, LicenceColumns),
        new FactTable<DataQualityFact>("data-quality", facts.DataQuality, QualityColumns),
        new FactTable<SourceFact>("sources", facts.Sources, SourceColumns),
    ];

    private static readonly FactColumn<EstablishmentFact>[] EstablishmentColumns =
    [
        new("month", FactColumnType.Date, fact => fact.Month),
        new("uai", FactColumnType.Text, fact => fact.Uai),
        new("name", FactColumnType.Text, fact => fact.Name),
        new("kind", FactColumnType.Text, fact => fact.Kind.ToString()),
        new("commune", FactColumnType.Text, fact => fact.Commune),
        new("funder", FactColumnType.Text, fact => fact.Funder.ToString()),
        new("pupils", FactColumnType.WholeNumber, fact => (long?)fact.Pupils),
        new("devices_deployed", FactColumnType.WholeNumber, fact => fact.DevicesDeployed),
        new("devices_active", FactColumnType.WholeNumber, fact => fact.DevicesActive),
        new("devices_idle", FactColumnType.WholeNumber, fact => fact.DevicesIdle),
        new("devices_never_seen", FactColumnType.WholeNumber, fact => fact.DevicesNeverSeen),
        new("active_students", FactColumnType.WholeNumber, fact => fact.ActiveStudents),
        new("active_students_per_100_pupils", FactColumnType.DecimalNumber, fact => fact.ActiveStudentsPer100Pupils),
        new("account_activation_rate", FactColumnType.DecimalNumber, fact => fact.AccountActivationRate),
        new("device_spend_eur", FactColumnType.DecimalNumber, fact => fact.DeviceSpend),
        new("annualised_device_spend_eur", FactColumnType.DecimalNumber, fact => fact.AnnualisedDeviceSpend),
        new("cost_per_active_device_eur", FactColumnType.DecimalNumber, fact => fact.CostPerActiveDevice),
        new("annualised_cost_per_active_device_eur", FactColumnType.DecimalNumber,
            fact => fact.AnnualisedCostPerActiveDevice),
    ];

    private static readonly FactColumn<DeviceFact>[] DeviceColumns =
    [
        new("month", FactColumnType.Date, fact => fact.Month),
        new("uai", FactColumnType.Text, fact => fact.Uai),
        new("model", FactColumnType.Text, fact => fact.Model),
        new("operating_system", FactColumnType.Text, fact => fact.OperatingSystem),
        new("source", FactColumnType.Text, fact => fact.Source),
        new("deployed", FactColumnType.WholeNumber, fact => fact.Deployed),
        new("active", FactColumnType.WholeNumber, fact => fact.Active),
        new("idle", FactColumnType.WholeNumber, fact => fact.Idle),
        new("never_seen", FactColumnType.WholeNumber, fact => fact.NeverSeen),
    ];

    private static readonly FactColumn<PlatformUseFact>[] PlatformColumns =
    [
        new("month", FactColumnType.Date, fact => fact.Month),
        new("uai", FactColumnType.Text, fact => fact.Uai),
        new("platform", FactColumnType.Text, fact => fact.Platform),
        new("role", FactColumnType.Text, fact => fact.Role.ToString()),
        new("active_users", FactColumnType.WholeNumber, fact => fact.ActiveUsers),
        new("suppressed", FactColumnType.Flag, fact => fact.Suppressed),
        new("connections", FactColumnType.WholeNumber, fact => fact.Connections),
        new("active_users_per_100_pupils", FactColumnType.DecimalNumber, fact => fact.ActiveUsersPer100Pupils),
        new("provisioned_accounts", FactColumnType.WholeNumber, fact => fact.ProvisionedAccounts),
        new("activated_accounts", FactColumnType.WholeNumber, fact => fact.ActivatedAccounts),
        new("activation_rate", FactColumnType.DecimalNumber, fact => fact.ActivationRate),
        new("basis", FactColumnType.Text, fact => fact.Basis.ToString()),
    ];

    private static readonly FactColumn<InvestmentFact>[] InvestmentColumns =
    [
        new("uai", FactColumnType.Text, fact => fact.Uai),
        new("programme", FactColumnType.Text, fact => fact.Programme),
        new("category", FactColumnType.Text, fact => fact.Category.ToString()),
        new("lines", FactColumnType.WholeNumber, fact => (long)fact.Lines),
        new("quantity", FactColumnType.DecimalNumber, fact => fact.Quantity),
        new("amount_excluding_tax_eur", FactColumnType.DecimalNumber, fact => fact.AmountExcludingTax),
        new("amount_including_tax_eur", FactColumnType.DecimalNumber, fact => fact.AmountIncludingTax),
        new("annualised_amount_eur", FactColumnType.DecimalNumber, fact => fact.AnnualisedAmount),
        new("first_acquisition", FactColumnType.Date, fact => fact.FirstAcquisition),
        new("last_acquisition", FactColumnType.Date, fact => fact.LastAcquisition),
        new("active_devices", FactColumnType.WholeNumber, fact => fact.ActiveDevices),
        new("cost_per_active_device_eur", FactColumnType.DecimalNumber, fact => fact.CostPerActiveDevice),
    ];

    private static readonly FactColumn<LicenceFact>[] LicenceColumns =
    [
        new("month", FactColumnType.Date, fact => fact.Month),
        new("sku_part_number", FactColumnType.Text, fact => fact.SkuPartNumber),
        new("purchased", FactColumnType.WholeNumber, fact => fact.Purchased),
        new("assigned", FactColumnType.WholeNumber, fact => fact.Assigned),
        new("active", FactColumnType.WholeNumber, fact => fact.Active),
        new("unit_price_eur", FactColumnType.DecimalNumber, fact => fact.UnitPrice),
        new("unused_spend_eur", FactColumnType.DecimalNumber, fact => fact.UnusedSpend),
    ];

    private static readonly FactColumn<DataQualityFact>[] QualityColumns =
    [
        new("source", FactColumnType.Text, fact => fact.Source),
        new("kind", FactColumnType.Text, fact => fact.Kind.ToString()),
        new("subject", FactColumnType.Text, fact => fact.Subject),
        new("file", FactColumnType.Text, fact => fact.File),
        new("count", FactColumnType.WholeNumber, fact => fact.Count),
        new("detail", FactColumnType.Text, fact => fact.Detail),
    ];

    private static readonly FactColumn<SourceFact>[] SourceColumns =
    [
        new("connector", FactColumnType.Text, fact => fact.Connector),
        new("connector_type", FactColumnType.Text, fact => fact.ConnectorType),
        new("completed_at", FactColumnType.Timestamp, fact => fact.CompletedAt),
        new("records", FactColumnType.WholeNumber, fact => fact.Records),
        new("rejected_rows", FactColumnType.WholeNumber, fact => fact.RejectedRows),
        new("failure", FactColumnType.Text, fact => fact.Failure),
    ];
}
