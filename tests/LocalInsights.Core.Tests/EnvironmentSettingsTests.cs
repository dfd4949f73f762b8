using LocalInsights.Core.Configuration;
using Microsoft.Extensions.Configuration;

namespace LocalInsights.Core.Tests;

public sealed class EnvironmentSettingsTests
{
    [Theory]
    [InlineData(null, -1)]
    [InlineData("1", 1)]
    [InlineData("16", 16)]
    public void ParallelPulls_IsReadOrDefaultsToTheProcessors(string? value, int expected)
    {
        var settings = Load(value);

        Assert.Equal(expected < 0 ? Math.Clamp(Environment.ProcessorCount, 1, 4) : expected, settings.ParallelPulls);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("17")]
    [InlineData("two")]
    public void ParallelPulls_OutOfRange_IsAConfigurationError(string value)
    {
        var exception = Assert.Throws<ConfigurationException>(() => Load(value));

        Assert.Contains($"LocalInsights:Environments:test:ParallelPulls is '{value}'", exception.Message,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("c2hvcnQ=", "has 5 bytes, but it needs at least 32")]
    [InlineData("not base64!", "is not valid Base64")]
    public void BadPseudonymKey_MessageNamesFix(string key, string expected)
    {
        var exception = Assert.Throws<ConfigurationException>(() => Load(null, key));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
        Assert.Contains("openssl rand -base64 32", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", exception.Message, StringComparison.Ordinal);
    }

    private static EnvironmentSettings Load(string? parallelPulls, string? key = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["LocalInsights:Environments:test:DisplayName"] = "Test",
            ["LocalInsights:Environments:test:Privacy:PseudonymKey"] = key ?? Convert.ToBase64String(new byte[32]),
            ["LocalInsights:Environments:test:ParallelPulls"] = parallelPulls,
            ["LocalInsights:Environments:test:Connectors:log:Type"] = "ent-connection-log",
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return EnvironmentSettings.Load(configuration, "test", Path.GetTempPath(), ["ent-connection-log"]);
    }
}
