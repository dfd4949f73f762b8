using Azure.Core;
using LocalInsights.Connectors.Graph.Client;
using LocalInsights.Core.Connectors;

namespace LocalInsights.Connectors.Graph.Tests.Support;

/// <summary>Gives every pull the same <see cref="FakeTokenCredential"/>.</summary>
public sealed class FakeCredentialFactory : IGraphCredentialFactory
{
    public FakeTokenCredential Credential { get; } = new();

    public TokenCredential Create(GraphConnectorOptions options, PullContext context) => Credential;
}
