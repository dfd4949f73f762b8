using LocalInsights.Core.Connectors;

namespace LocalInsights.Functions.Tests.Support;

/// <summary>A connector of type <c>blocking-test</c> that waits at <see cref="ConnectorGate"/>, then ends.</summary>
public sealed class BlockingConnector(ConnectorGate gate) : IConnector
{
    public const string Type = "blocking-test";

    public ConnectorDescriptor Descriptor { get; } = new(Type, "Blocking test connector", [], typeof(object),
        new ProcessingDeclaration("Tests", [], [], "None"));

    public Task PullAsync(PullContext context, CancellationToken cancellationToken) =>
        gate.PassAsync(cancellationToken);
}
