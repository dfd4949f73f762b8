using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Tests.Support;

/// <summary>A connector whose pull is a test's own code, to exercise <see cref="PullContext"/> directly.</summary>
public sealed class DelegateConnector(Func<PullContext, CancellationToken, Task> pull) : IConnector
{
    public ConnectorDescriptor Descriptor { get; } = new(
        "test-delegate", "Test delegate", [typeof(QualityObservation)], typeof(object),
        new ProcessingDeclaration("tests", [], [], "none"));

    public Task PullAsync(PullContext context, CancellationToken cancellationToken) =>
        pull(context, cancellationToken);
}
