using Azure.Core;
using Azure.Identity;
using LocalInsights.Reports.PowerBI.Configuration;

namespace LocalInsights.Reports.PowerBI;

/// <summary>Creates the Entra ID credential that <see cref="PowerBIOptions.Credential"/> names.</summary>
public static class PowerBICredentials
{
    public static TokenCredential Create(PowerBIOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Credential switch
        {
            PowerBICredentialKind.ClientSecret =>
                new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret),
            PowerBICredentialKind.ManagedIdentity => string.IsNullOrWhiteSpace(options.ClientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ClientId)),
            _ => new DefaultAzureCredential(new DefaultAzureCredentialOptions
            {
                TenantId = options.TenantId,
                ManagedIdentityClientId = options.ClientId,
            }),
        };
    }
}
