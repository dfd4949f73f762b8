using Azure.Core;
using LocalInsights.Core.Connectors;

namespace LocalInsights.Connectors.Graph.Client;

/// <summary>Makes the credential a pull signs in with. Replace it to sign in another way, as tests do.</summary>
public interface IGraphCredentialFactory
{
    TokenCredential Create(GraphConnectorOptions options, PullContext context);
}
