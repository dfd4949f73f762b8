using System.ComponentModel.DataAnnotations;
using LocalInsights.Core.Configuration;
using Microsoft.Extensions.Configuration;

namespace LocalInsights.Reports.PowerBI.Configuration;

/// <summary>
/// Power BI settings of one environment, section <c>PowerBI</c> inside the environment's section
/// (<c>LocalInsights:Environments:{id}:PowerBI</c>). Without <see cref="WorkspaceId"/> the publisher makes a dry
/// run: it writes the requests it would send to a folder and sends nothing.
/// </summary>
public sealed class PowerBIOptions
{
    /// <summary>Name of the section inside an environment's section.</summary>
    public const string SectionName = "PowerBI";

    /// <summary>Default <see cref="ApiBaseUri"/>: the public Power BI REST API.</summary>
    public static readonly Uri DefaultApiBaseUri = new("https://api.powerbi.com");

    /// <summary>Workspace (group) id. When missing, publishing is a dry run.</summary>
    public Guid? WorkspaceId { get; set; }

    /// <summary>
    /// Id of the dataset. Optional in <see cref="PowerBIMode.Push"/> mode, where the dataset is otherwise found or
    /// created by <see cref="DatasetName"/>.
    /// </summary>
    public string? DatasetId { get; set; }

    /// <summary>
    /// Name of the dataset, used when <see cref="DatasetId"/> is not set. In push mode the default is
    /// <c>LocalInsights {environment id}</c>.
    /// </summary>
    [StringLength(256, MinimumLength = 1)]
    public string? DatasetName { get; set; }

    /// <summary><c>Push</c> (default) or <c>Refresh</c>.</summary>
    public PowerBIMode Mode { get; set; } = PowerBIMode.Push;

    /// <summary>Base URI of the REST API. Default <c>https://api.powerbi.com</c>.</summary>
    public Uri ApiBaseUri { get; set; } = DefaultApiBaseUri;

    /// <summary>Credential used for tokens. Default <c>Default</c> (<c>DefaultAzureCredential</c>).</summary>
    public PowerBICredentialKind Credential { get; set; } = PowerBICredentialKind.Default;

    /// <summary>Entra ID tenant of the service principal, for <c>ClientSecret</c>.</summary>
    public string? TenantId { get; set; }

    /// <summary>Application (client) id of the service principal or of a user-assigned managed identity.</summary>
    public string? ClientId { get; set; }

    /// <summary>Client secret, for <c>ClientSecret</c>: a secret, set from the environment or Key Vault only.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>What to do with values Power BI does not accept: <c>Reject</c> (default) or <c>Adjust</c>.</summary>
    public PowerBIInvalidValuePolicy InvalidValues { get; set; } = PowerBIInvalidValuePolicy.Reject;

    /// <summary>Seconds between two reads of the refresh history while a refresh runs. Default 30.</summary>
    [Range(5, 3600)]
    public int RefreshPollIntervalSeconds { get; set; } = 30;

    /// <summary>Minutes to wait for a refresh to end before reporting it as timed out. Default 120.</summary>
    [Range(1, 1440)]
    public int RefreshTimeoutMinutes { get; set; } = 120;

    /// <summary>
    /// Refreshes allowed in 24 hours, counted from the refresh history before a refresh starts. Default 8, the
    /// limit of shared capacity; 0 turns the check off (Premium or Fabric capacity).
    /// </summary>
    [Range(0, 1000)]
    public int DailyRefreshLimit { get; set; } = 8;

    /// <summary>Request and row limits of push mode, section <c>PowerBI:Limits</c>.</summary>
    public PowerBIPushLimits Limits { get; set; } = new();

    /// <summary>True when no workspace is configured, so publishing only writes request files.</summary>
    public bool IsDryRun => WorkspaceId is null;

    /// <summary>
    /// Reads section <see cref="SectionName"/> of <paramref name="environmentSection"/> and validates it. A missing
    /// section gives the defaults, which make a dry run.
    /// </summary>
    /// <exception cref="ConfigurationException">
    /// A value cannot be converted, a key is unknown, or a setting is invalid. The message lists every problem
    /// with its full configuration key and never shows the client secret.
    /// </exception>
    public static PowerBIOptions Bind(IConfiguration environmentSection)
    {
        ArgumentNullException.ThrowIfNull(environmentSection);
        var section = environmentSection.GetSection(SectionName);
        var options = new PowerBIOptions();
        try
        {
            section.Bind(options, binder => binder.ErrorOnUnknownConfiguration = true);
        }
        catch (InvalidOperationException exception)
        {
            throw new ConfigurationException($"{section.Path} is invalid: {exception.Message}", exception);
        }

        var problems = PowerBIOptionsValidator.Validate(options, section.Path);
        ConfigurationException.ThrowIfAny(problems, section.Path);
        return options;
    }
}
