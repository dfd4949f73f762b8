using LocalInsights.Core.Configuration;
using LocalInsights.Reports.PowerBI.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LocalInsights.Reports.PowerBI.Tests;

public sealed class PowerBIOptionsTests
{
    private const string Environment = "LocalInsights:Environments:rennes";

    [Fact]
    public void Bind_MissingSection_MakesDryRun()
    {
        var options = PowerBIOptions.Bind(Section([]));

        Assert.True(options.IsDryRun);
        Assert.Equal(PowerBIMode.Push, options.Mode);
        Assert.Equal(new Uri("https://api.powerbi.com"), options.ApiBaseUri);
        Assert.Equal(10_000, options.Limits.MaxRowsPerRequest);
    }

    [Fact]
    public void Bind_ValidSection_ReadsEveryKey()
    {
        var options = PowerBIOptions.Bind(Section(new()
        {
            ["PowerBI:WorkspaceId"] = "f089354e-8366-4e18-aea3-4cb4a3a50b48",
            ["PowerBI:DatasetName"] = "Pilotage numérique",
            ["PowerBI:Mode"] = "Refresh",
            ["PowerBI:Credential"] = "ClientSecret",
            ["PowerBI:TenantId"] = "tenant",
            ["PowerBI:ClientId"] = "client",
            ["PowerBI:ClientSecret"] = "secret",
            ["PowerBI:DailyRefreshLimit"] = "48",
            ["PowerBI:Limits:MaxRowsPerRequest"] = "5000",
        }));

        Assert.False(options.IsDryRun);
        Assert.Equal(PowerBIMode.Refresh, options.Mode);
        Assert.Equal(PowerBICredentialKind.ClientSecret, options.Credential);
        Assert.Equal(48, options.DailyRefreshLimit);
        Assert.Equal(5_000, options.Limits.MaxRowsPerRequest);
    }

    [Theory]
    [InlineData("PowerBI:Limits:MaxRowsPerRequest", "20000", $"{Environment}:PowerBI:Limits:MaxRowsPerRequest")]
    [InlineData("PowerBI:Limits:MaxPendingRequests", "6", $"{Environment}:PowerBI:Limits:MaxPendingRequests")]
    [InlineData("PowerBI:DatasetId", "not-a-guid", $"{Environment}:PowerBI:DatasetId")]
    [InlineData("PowerBI:ApiBaseUri", "http://api.powerbi.com", $"{Environment}:PowerBI:ApiBaseUri")]
    [InlineData("PowerBI:RefreshPollIntervalSeconds", "1", $"{Environment}:PowerBI:RefreshPollIntervalSeconds")]
    [InlineData("PowerBI:WorkspaceId", "workspace", $"{Environment}:PowerBI:WorkspaceId")]
    [InlineData("PowerBI:Mode", "Pull", $"{Environment}:PowerBI:Mode")]
    [InlineData("PowerBI:WorkspaceName", "Ville", "WorkspaceName")]
    public void Bind_BadValue_NamesTheKey(string key, string value, string expectedKey)
    {
        var exception = Assert.Throws<ConfigurationException>(() => PowerBIOptions.Bind(Section(new()
        {
            ["PowerBI:WorkspaceId"] = "f089354e-8366-4e18-aea3-4cb4a3a50b48",
            [key] = value,
        })));

        Assert.Contains(expectedKey, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_RefreshWithoutDataset_ListsBothKeys()
    {
        var exception = Assert.Throws<ConfigurationException>(() => PowerBIOptions.Bind(Section(new()
        {
            ["PowerBI:WorkspaceId"] = "f089354e-8366-4e18-aea3-4cb4a3a50b48",
            ["PowerBI:Mode"] = "Refresh",
        })));

        Assert.Contains($"{Environment}:PowerBI:DatasetId", exception.Message, StringComparison.Ordinal);
        Assert.Contains($"{Environment}:PowerBI:DatasetName", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_ClientSecretMissing_ListsEveryProblem()
    {
        var exception = Assert.Throws<ConfigurationException>(() => PowerBIOptions.Bind(Section(new()
        {
            ["PowerBI:WorkspaceId"] = "f089354e-8366-4e18-aea3-4cb4a3a50b48",
            ["PowerBI:Credential"] = "ClientSecret",
            ["PowerBI:Limits:MaxRowsPerHour"] = "100",
        })));

        Assert.Contains($"{Environment}:PowerBI:TenantId is missing", exception.Message, StringComparison.Ordinal);
        Assert.Contains($"{Environment}:PowerBI:ClientId is missing", exception.Message, StringComparison.Ordinal);
        Assert.Contains("LocalInsights__Environments__rennes__PowerBI__ClientSecret", exception.Message,
            StringComparison.Ordinal);
        Assert.Contains($"{Environment}:PowerBI:Limits:MaxRowsPerRequest", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validator_OnStart_NamesTheKey()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PowerBI:Limits:MaxRequestsPerMinute"] = "500",
        }).Build();
        var services = new ServiceCollection();
        services.AddOptions<PowerBIOptions>().Bind(configuration.GetSection(PowerBIOptions.SectionName));
        services.AddSingleton<IValidateOptions<PowerBIOptions>, PowerBIOptionsValidator>();
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(
            () => provider.GetRequiredService<IOptions<PowerBIOptions>>().Value);

        Assert.Contains("PowerBI:Limits:MaxRequestsPerMinute", exception.Message, StringComparison.Ordinal);
    }

    private static IConfigurationSection Section(Dictionary<string, string?> values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.ToDictionary(pair => $"{Environment}:{pair.Key}", pair => pair.Value))
            .Build()
            .GetSection(Environment);
}
