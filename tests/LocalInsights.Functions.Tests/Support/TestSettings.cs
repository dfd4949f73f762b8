using System.Globalization;

namespace LocalInsights.Functions.Tests.Support;

/// <summary>
/// Settings of a test environment built on the demo directory: an investment register pull that succeeds, a
/// device export whose file is missing, and the blocking test connector. Storage names are unique per harness.
/// </summary>
public static class TestSettings
{
    public const string Environment = "test-env";
    public const string Register = "investment-register";
    public const string MissingFile = "missing-file";
    public const string Blocking = "blocking";
    public const string Month = "2026-11";

    public static Dictionary<string, string?> Create(string connectionString, string suffix)
    {
        var demo = Path.Combine(AppContext.BaseDirectory, "demo");
        var environment = $"LocalInsights:Environments:{Environment}";
        return new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = connectionString,
            ["LocalInsights:Storage:Kind"] = "AzureBlob",
            ["LocalInsights:Storage:ConnectionString"] = connectionString,
            ["LocalInsights:Storage:Container"] = "store-" + suffix,
            ["LocalInsights:Jobs:TableName"] = "Runs" + suffix,
            ["LocalInsights:Jobs:LeaseContainer"] = "leases-" + suffix,
            ["LocalInsights:Jobs:MaxAttempts"] = "3",
            ["LocalInsights:Jobs:RetryDelay"] = "00:00:00",
            ["LocalInsights:Jobs:MaxRetryDelay"] = "00:00:00",
            [$"{environment}:DisplayName"] = "Test environment",
            [$"{environment}:BaseDirectory"] = demo,
            [$"{environment}:Privacy:PseudonymKey"] = Convert.ToBase64String(new byte[32]),
            [$"{environment}:Directory:Folder"] = "directory",
            [$"{environment}:Connectors:{Register}:Type"] = "investment-register",
            [$"{environment}:Connectors:{Register}:Files:0:Path"] =
                "sources/investment/registre-investissements-2025.csv",
            [$"{environment}:Connectors:{Register}:Schedule"] = "0 6 2 * *",
            [$"{environment}:Connectors:{MissingFile}:Type"] = "glpi-computer-export",
            [$"{environment}:Connectors:{MissingFile}:Files:0"] = "sources/glpi/missing.csv",
            [$"{environment}:Connectors:{Blocking}:Type"] = BlockingConnector.Type,
        };
    }

    public static string Key(params string[] path) =>
        string.Join(':', new[] { "LocalInsights", "Environments", Environment }.Concat(path));

    public static DateTimeOffset Utc(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
