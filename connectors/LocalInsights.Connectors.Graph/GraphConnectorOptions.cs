using System.ComponentModel.DataAnnotations;

namespace LocalInsights.Connectors.Graph;

/// <summary>
/// Settings of a <see cref="GraphConnector"/> instance: the tenant, how to sign in, where Graph is, and which
/// sources to read. Secrets are read from configuration, which takes them from the environment or a Key Vault
/// reference; the sample configuration never holds one.
/// </summary>
public sealed class GraphConnectorOptions : IValidatableObject
{
    /// <summary>Prefix of an app setting that App Service or Functions did not resolve from Key Vault.</summary>
    internal const string UnresolvedKeyVaultPrefix = "@Microsoft.KeyVault(";

    /// <summary>Entra ID tenant (directory) id or its primary domain. Required.</summary>
    public string TenantId { get; set; } = string.Empty;

    /// <summary>
    /// Application (client) id of the app registration; for a managed identity, its client id if user-assigned.
    /// </summary>
    public string? ClientId { get; set; }

    /// <summary><c>ClientSecret</c> (default), <c>Certificate</c> or <c>ManagedIdentity</c>.</summary>
    public GraphAuthentication Authentication { get; set; } = GraphAuthentication.ClientSecret;

    /// <summary>
    /// Client secret; set it from the environment or a Key Vault reference, never in a committed file.
    /// </summary>
    public string? ClientSecret { get; set; }

    /// <summary>Path of a PFX or PEM file with the certificate and its private key, for <c>Certificate</c>.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>Password of the PFX file, if any; a secret like <see cref="ClientSecret"/>.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>
    /// Graph endpoint with its version, <c>https://graph.microsoft.com/v1.0</c> by default. National clouds have
    /// their own (for example <c>https://graph.microsoft.us/v1.0</c>). Plain <c>http</c> is accepted only for a
    /// loopback address, which tests use.
    /// </summary>
    public Uri BaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0");

    /// <summary>Entra ID sign-in endpoint; empty (default) uses the public cloud's.</summary>
    public Uri? AuthorityHost { get; set; }

    /// <summary>
    /// Scope of the token; empty (default) is the <see cref="BaseUrl"/> host followed by <c>/.default</c>.
    /// </summary>
    public string? Scope { get; set; }

    /// <summary>
    /// Day the device and licence snapshot is taken for; empty (default) is today, or the window's last day when
    /// the run comes at most <see cref="SnapshotGraceDays"/> days after the window. Set it only for recorded responses.
    /// </summary>
    public DateOnly? SnapshotDate { get; set; }

    /// <summary>
    /// Days after the end of the window during which today's state may stand for its last day. Default 7.
    /// </summary>
    [Range(0, 31)]
    public int SnapshotGraceDays { get; set; } = 7;

    /// <summary>
    /// Folder of recorded Graph responses to replay instead of calling the network, for the demo; relative to the
    /// environment's folder. When set, no credential is used and nothing leaves the machine.
    /// </summary>
    public string? RecordedResponses { get; set; }

    public GraphDeviceOptions Devices { get; init; } = new();

    public GraphLicenceOptions Licences { get; init; } = new();

    public GraphUserOptions Users { get; init; } = new();

    public GraphUsageReportOptions UsageReports { get; init; } = new();

    public GraphThrottlingOptions Throttling { get; init; } = new();

    /// <summary>
    /// The token scope: <see cref="Scope"/>, or the root of <see cref="BaseUrl"/> with <c>/.default</c>.
    /// </summary>
    internal string EffectiveScope =>
        string.IsNullOrWhiteSpace(Scope) ? BaseUrl.GetLeftPart(UriPartial.Authority) + "/.default" : Scope.Trim();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        GraphOptionsValidation.Validate(this);
}
