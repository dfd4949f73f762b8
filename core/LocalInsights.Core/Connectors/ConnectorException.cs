namespace LocalInsights.Core.Connectors;

/// <summary>
/// A connector could not read its source as a whole. The message says what is wrong and what to fix.
/// </summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException()
    {
    }
}
