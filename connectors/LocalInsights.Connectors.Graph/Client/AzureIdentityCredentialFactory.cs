using Azure.Core;
using Azure.Identity;
using LocalInsights.Core.Connectors;

namespace LocalInsights.Connectors.Graph.Client;

/// <summary>
/// Makes the Azure.Identity credential that <see cref="GraphConnectorOptions.Authentication"/> names: a client
/// secret, a certificate file or the host's managed identity.
/// </summary>
public sealed class AzureIdentityCredentialFactory : IGraphCredentialFactory
{
    public TokenCredential Create(GraphConnectorOptions options, PullContext context)
    {
        var identity = new TokenCredentialOptions();
        if (options.AuthorityHost is { } authority)
        {
            identity.AuthorityHost = authority;
        }

        return options.Authentication switch
        {
            GraphAuthentication.ClientSecret => new ClientSecretCredential(options.TenantId, options.ClientId,
                options.ClientSecret, new ClientSecretCredentialOptions { AuthorityHost = identity.AuthorityHost }),
            GraphAuthentication.Certificate => CreateCertificateCredential(options, context, identity),
            _ => new ManagedIdentityCredential(string.IsNullOrWhiteSpace(options.ClientId)
                ? ManagedIdentityId.SystemAssigned
                : ManagedIdentityId.FromUserAssignedClientId(options.ClientId)),
        };
    }

    private static ClientCertificateCredential CreateCertificateCredential(
        GraphConnectorOptions options, PullContext context, TokenCredentialOptions identity)
    {
        var path = context.ResolvePath(options.CertificatePath!);
        if (!File.Exists(path))
        {
            throw new ConnectorException($"Connector '{context.Connector}': certificate file {path} was not found. "
                + $"Check {ConnectorFiles.SettingsKey(context, "CertificatePath")}.");
        }

        var certificateOptions = new ClientCertificateCredentialOptions { AuthorityHost = identity.AuthorityHost };
        if (string.IsNullOrEmpty(options.CertificatePassword))
        {
            return new ClientCertificateCredential(options.TenantId, options.ClientId, path, certificateOptions);
        }

        var certificate = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(
            path, options.CertificatePassword);
        return new ClientCertificateCredential(options.TenantId, options.ClientId, certificate, certificateOptions);
    }
}
