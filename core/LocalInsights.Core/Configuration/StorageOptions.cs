using System.ComponentModel.DataAnnotations;

namespace LocalInsights.Core.Configuration;

/// <summary>Where LocalInsights stores its layers. Section <c>LocalInsights:Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "LocalInsights:Storage";

    /// <summary><c>Local</c> (default) for a folder, <c>AzureBlob</c> for a Blob Storage container.</summary>
    public StorageKind Kind { get; set; } = StorageKind.Local;

    /// <summary>
    /// Folder of the local store; relative paths start at the working directory. Default <c>./data</c>.
    /// </summary>
    public string Root { get; set; } = "data";

    /// <summary>
    /// Connection string of the storage account, for <c>AzureBlob</c>. It is a secret, set from the environment.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Blob service URI, used with a managed identity when no connection string is set.</summary>
    public Uri? ServiceUri { get; set; }

    /// <summary>Container that contains every environment's layers. Default <c>localinsights</c>.</summary>
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$",
        ErrorMessage = "A container name has 3 to 63 lower-case letters, digits and single hyphens.")]
    public string Container { get; set; } = "localinsights";
}

public enum StorageKind
{
    Local,
    AzureBlob,
}
