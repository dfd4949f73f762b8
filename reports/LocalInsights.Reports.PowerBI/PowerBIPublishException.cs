namespace LocalInsights.Reports.PowerBI;

/// <summary>
/// The publication cannot go on although every request succeeded, for example because the dataset named in the
/// settings is not a push dataset. The message states what to change.
/// </summary>
internal sealed class PowerBIPublishException : Exception
{
    public PowerBIPublishException()
    {
    }

    public PowerBIPublishException(string message)
        : base(message)
    {
    }

    public PowerBIPublishException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
