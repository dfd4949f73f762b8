using LocalInsights.Connectors.Investment;
using LocalInsights.Connectors.Tests.Support;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;
using LocalInsights.Core.Text;
using Microsoft.Extensions.DependencyInjection;

namespace LocalInsights.Connectors.Tests.Investment;

/// <summary>Binding and validation of the connector's settings, as a pull reads them.</summary>
public sealed class InvestmentRegisterOptionsTests : IDisposable
{
    private static readonly PullWindow Window = PullWindow.ForMonth(2024, 9);
    private readonly ConnectorHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Files_BindPathsAndObjects()
    {
        var options = await BindAsync(new()
        {
            ["Files:0"] = "registre.csv",
            ["Files:1:Path"] = "registre.xlsx",
            ["Files:1:Sheet"] = "Achats",
            ["Files:1:HeaderRow"] = "3",
            ["Files:1:DecimalSeparator"] = "Comma",
        });

        Assert.Equal("registre.csv", options.Files[0].Path);
        Assert.Null(options.Files[0].Sheet);
        Assert.Equal("registre.xlsx", options.Files[1].Path);
        Assert.Equal("Achats", options.Files[1].Sheet);
        Assert.Equal(3, options.Files[1].HeaderRow);
        Assert.Equal(DecimalSeparator.Comma, options.Files[1].DecimalSeparator);
    }

    [Fact]
    public async Task Defaults_AreFrenchHeaders()
    {
        var options = await BindAsync(new() { ["Files:0"] = "registre.csv" });

        Assert.Equal("N° inventaire", options.Columns.Reference);
        Assert.Equal("Établissement (UAI)", options.Columns.Uai);
        Assert.Equal("Durée amort. (ans)", options.Columns.DepreciationYears);
        Assert.Equal("Numéros de série", options.Columns.SerialNumbers);
        Assert.Equal(InvestmentCategory.Device, options.CategoryMap["Matériel"]);
        Assert.Equal(InvestmentCategory.Platform, options.CategoryMap["Plateforme"]);
        Assert.Null(options.DateFormats);
    }

    [Fact]
    public async Task CategoryMap_AddsToDefaults()
    {
        var options = await BindAsync(new() { ["Files:0"] = "registre.csv", ["CategoryMap:Mobilier"] = "Device" });

        Assert.Equal(InvestmentCategory.Device, options.CategoryMap["Mobilier"]);
        Assert.Equal(InvestmentCategory.Licence, options.CategoryMap["Licence"]);
    }

    [Fact]
    public async Task NoFiles_FailsNamingKey()
    {
        var result = await PullAsync(new() { ["Encoding"] = "auto" });

        Assert.False(result.Succeeded);
        Assert.Contains("Connectors:source:Files: List at least one register file", result.Failure,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidSettings_AllListedTogether()
    {
        var result = await PullAsync(new()
        {
            ["Files:0:Path"] = "registre.xls",
            ["Files:0:Columns:Uia"] = "UAI",
            ["Files:1"] = "registre.csv",
            ["Separator"] = ";;",
            ["Encoding"] = "latin9",
            ["Columns:Reference"] = string.Empty,
            ["HeaderRow"] = "0",
        });

        Assert.False(result.Succeeded);
        Assert.Contains("Connectors:source:Files:0:Path: 'registre.xls' cannot be read: it is an Excel 97-2003 "
            + "workbook: save it as .xlsx.", result.Failure, StringComparison.Ordinal);
        Assert.Contains("Connectors:source:Files:0:Columns:Uia: 'Uia' is not a register field", result.Failure,
            StringComparison.Ordinal);
        Assert.Contains("Connectors:source:Separator:", result.Failure, StringComparison.Ordinal);
        Assert.Contains("Connectors:source:Encoding: Encoding 'latin9' is not supported", result.Failure,
            StringComparison.Ordinal);
        Assert.Contains("Connectors:source:Columns:Reference: Reference is required", result.Failure,
            StringComparison.Ordinal);
        Assert.Contains("Connectors:source:HeaderRow:", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Registration_IsIdempotent()
    {
        var services = new ServiceCollection();

        services.AddInvestmentRegisterConnector();
        services.AddInvestmentRegisterConnector();

        using var provider = services.BuildServiceProvider();
        var connector = Assert.Single(provider.GetServices<IConnector>());
        Assert.IsType<InvestmentRegisterConnector>(connector);
        Assert.Equal("investment-register", connector.Descriptor.Type);
        Assert.Equal(typeof(InvestmentRegisterOptions), connector.Descriptor.OptionsType);
    }

    [Fact]
    public void Declaration_StatesNoDataSubjects()
    {
        var processing = new InvestmentRegisterConnector().Descriptor.Processing;

        Assert.Contains("cost per active device", processing.Purpose, StringComparison.Ordinal);
        Assert.Contains(processing.DataCategories,
            category => category.Contains("serial numbers", StringComparison.Ordinal));
        Assert.StartsWith("none", Assert.Single(processing.DataSubjects), StringComparison.Ordinal);
        Assert.NotEmpty(processing.Retention);
    }

    private async Task<InvestmentRegisterOptions> BindAsync(Dictionary<string, string?> settings)
    {
        InvestmentRegisterOptions? options = null;
        var connector = new DelegateConnector((context, _) =>
        {
            options = context.GetOptions<InvestmentRegisterOptions>();
            return Task.CompletedTask;
        });

        var result = await _harness.PullAsync(connector, settings, Window);

        Assert.True(result.Succeeded, result.Failure);
        return options!;
    }

    private Task<PullResult> PullAsync(Dictionary<string, string?> settings) =>
        _harness.PullAsync(new InvestmentRegisterConnector(), settings, Window);
}
