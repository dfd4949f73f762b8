namespace LocalInsights.Reports.PowerBI.Configuration;

/// <summary>Kind of Microsoft Entra ID credential used to request Power BI tokens.</summary>
public enum PowerBICredentialKind
{
    /// <summary>
    /// <c>DefaultAzureCredential</c>: environment variables (AZURE_TENANT_ID, AZURE_CLIENT_ID,
    /// AZURE_CLIENT_SECRET), workload identity, managed identity, then developer sign-ins such as the Azure CLI.
    /// </summary>
    Default,

    /// <summary>The managed identity of the host; <c>ClientId</c> selects a user-assigned identity.</summary>
    ManagedIdentity,

    /// <summary>A service principal with <c>TenantId</c>, <c>ClientId</c> and <c>ClientSecret</c>.</summary>
    ClientSecret,
}
