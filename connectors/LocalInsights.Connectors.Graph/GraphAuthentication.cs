namespace LocalInsights.Connectors.Graph;

/// <summary>How the connector signs in to the tenant, through Azure.Identity.</summary>
public enum GraphAuthentication
{
    /// <summary>An app registration's client secret (<c>ClientSecretCredential</c>).</summary>
    ClientSecret,

    /// <summary>An app registration's certificate with its private key (<c>ClientCertificateCredential</c>).</summary>
    Certificate,

    /// <summary>The managed identity of the Azure host (<c>ManagedIdentityCredential</c>).</summary>
    ManagedIdentity,
}
