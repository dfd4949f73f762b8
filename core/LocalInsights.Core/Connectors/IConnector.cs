namespace LocalInsights.Core.Connectors;

/// <summary>
/// A source of records for one environment: a file drop, an API. A connector reads its source once per pull,
/// streams canonical records to the context, and sends every row it cannot use to the rejects with a reason.
/// </summary>
public interface IConnector
{
    ConnectorDescriptor Descriptor { get; }

    /// <summary>
    /// Reads the source for <see cref="PullContext.Window"/> and writes its records through
    /// <paramref name="context"/>. Throws <see cref="ConnectorException"/> when the source as a whole cannot be
    /// read (missing file, bad configuration); bad rows are rejected, not thrown.
    /// </summary>
    Task PullAsync(PullContext context, CancellationToken cancellationToken);
}

/// <summary>What a connector is, what it produces and what personal data it processes.</summary>
/// <param name="Type">Stable identifier used in configuration (<c>Type</c>) and storage paths.</param>
/// <param name="DisplayName">Name shown to people in logs and reports.</param>
/// <param name="Produces">Record types the connector writes.</param>
/// <param name="OptionsType">Type its configuration section binds to.</param>
/// <param name="Processing">Its entry in the record of processing activities.</param>
public sealed record ConnectorDescriptor(
    string Type,
    string DisplayName,
    IReadOnlyList<Type> Produces,
    Type OptionsType,
    ProcessingDeclaration Processing);

/// <summary>
/// A connector's entry in the record of processing activities (GDPR Article 30).
/// </summary>
public sealed record ProcessingDeclaration(
    string Purpose,
    IReadOnlyList<string> DataCategories,
    IReadOnlyList<string> DataSubjects,
    string Retention);
