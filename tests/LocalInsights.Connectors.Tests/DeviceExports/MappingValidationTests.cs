using System.ComponentModel.DataAnnotations;
using LocalInsights.Connectors.DeviceExports.Glpi;
using LocalInsights.Connectors.DeviceExports.Intune;
using LocalInsights.Connectors.Tests.Support;
using LocalInsights.Core.Connectors;
using Microsoft.Extensions.Configuration;

namespace LocalInsights.Connectors.Tests.DeviceExports;

/// <summary>
/// Mapping rules are checked with the connector's options, through DataAnnotations, so a host can reject them
/// before any pull and no file is read.
/// </summary>
public sealed class MappingValidationTests : IDisposable
{
    private const string ValidKinds = "NamePattern, CategoryMap, SerialNumbers";
    private readonly ConnectorHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task UnknownKind_FailsPullNamingKey()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Files:0"] = "absent.csv",
            ["Mapping:Rules:0:Name"] = "naming convention",
            ["Mapping:Rules:0:Kind"] = "NamePatern",
            ["Mapping:Rules:0:Pattern"] = @"^(?<uai>\d{7}[A-Z])-",
        };

        var result = await _harness.PullAsync(
            new IntuneDeviceExportConnector(), settings, PullWindow.ForMonth(2024, 9));

        Assert.False(result.Succeeded);
        Assert.Contains("Connectors:source:Mapping:Rules:0:Kind: 'NamePatern' is not a rule kind", result.Failure,
            StringComparison.Ordinal);
        Assert.Contains(ValidKinds, result.Failure, StringComparison.Ordinal);
        Assert.DoesNotContain("absent.csv", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownKind_FailsOptionsValidation()
    {
        var problems = Validate<IntuneDeviceExportOptions>(new Dictionary<string, string?>
        {
            ["Files:0"] = "devices.csv",
            ["Mapping:Rules:0:Name"] = "naming convention",
            ["Mapping:Rules:0:Kind"] = "NamePatern",
        });

        var problem = Assert.Single(problems);
        Assert.Equal(["Mapping:Rules:0:Kind"], problem.MemberNames);
        Assert.Contains(ValidKinds, problem.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void NumericKind_FailsOptionsValidation()
    {
        var problems = Validate<IntuneDeviceExportOptions>(new Dictionary<string, string?>
        {
            ["Files:0"] = "devices.csv",
            ["Mapping:Rules:0:Name"] = "numbered",
            ["Mapping:Rules:0:Kind"] = "2",
        });

        var problem = Assert.Single(problems);
        Assert.Equal(["Mapping:Rules:0:Kind"], problem.MemberNames);
    }

    [Fact]
    public void MissingKind_ListsValidKinds()
    {
        var problems = Validate<GlpiComputerExportOptions>(new Dictionary<string, string?>
        {
            ["Files:0"] = "glpi.csv",
            ["Mapping:Rules:0:Name"] = "entities",
            ["Mapping:Rules:0:Categories:Lycée"] = "0350022J",
        });

        var problem = Assert.Single(problems);
        Assert.Equal(["Mapping:Rules:0:Kind"], problem.MemberNames);
        Assert.Equal($"the rule kind is missing: set Kind to one of {ValidKinds}", problem.ErrorMessage);
    }

    [Fact]
    public void KindCase_Ignored()
    {
        var problems = Validate<IntuneDeviceExportOptions>(new Dictionary<string, string?>
        {
            ["Files:0"] = "devices.csv",
            ["Mapping:Rules:0:Name"] = "naming convention",
            ["Mapping:Rules:0:Kind"] = "namepattern",
            ["Mapping:Rules:0:Pattern"] = @"^(?<uai>\d{7}[A-Z])-",
        });

        Assert.Empty(problems);
    }

    [Fact]
    public void RuleSettings_EachProblemNamed()
    {
        var problems = Validate<IntuneDeviceExportOptions>(new Dictionary<string, string?>
        {
            ["Files:0"] = "devices.csv",
            ["Mapping:Rules:0:Name"] = "no group",
            ["Mapping:Rules:0:Kind"] = "NamePattern",
            ["Mapping:Rules:0:Pattern"] = @"^(\d{7}[A-Z])-",
            ["Mapping:Rules:1:Name"] = "broken",
            ["Mapping:Rules:1:Kind"] = "NamePattern",
            ["Mapping:Rules:1:Pattern"] = @"^(?<uai>\d{7}[A-Z]",
            ["Mapping:Rules:2:Name"] = "empty map",
            ["Mapping:Rules:2:Kind"] = "CategoryMap",
            ["Mapping:Rules:3:Name"] = "no path",
            ["Mapping:Rules:3:Kind"] = "SerialNumbers",
            ["Mapping:Rules:3:SerialFiles:0:Sheet"] = "Livraisons",
            ["Mapping:Rules:4:Name"] = "no files",
            ["Mapping:Rules:4:Kind"] = "SerialNumbers",
        });

        var keys = problems.Select(problem => Assert.Single(problem.MemberNames)).ToList();
        Assert.Equal(
            [
                "Mapping:Rules:0:Pattern", "Mapping:Rules:1:Pattern", "Mapping:Rules:2:Categories",
                "Mapping:Rules:3:SerialFiles:0:Path", "Mapping:Rules:4:SerialFiles",
            ],
            keys);
        Assert.Contains("no named group (?<uai>...)", problems[0].ErrorMessage, StringComparison.Ordinal);
        Assert.StartsWith("invalid regular expression", problems[1].ErrorMessage, StringComparison.Ordinal);
    }

    /// <summary>Binds <paramref name="settings"/> as a host would and validates them with DataAnnotations.</summary>
    private static List<ValidationResult> Validate<TOptions>(Dictionary<string, string?> settings)
        where TOptions : new()
    {
        var options = new TOptions();
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().Bind(options);
        var problems = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), problems, validateAllProperties: true);
        return problems;
    }
}
