namespace LocalInsights.Core.Configuration;

/// <summary>Configuration is missing or invalid. The message lists every problem with its key.</summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException(string message)
        : base(message)
    {
    }

    public ConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConfigurationException()
    {
    }

    /// <summary>Throws one exception listing <paramref name="problems"/> when there are any.</summary>
    public static void ThrowIfAny(IReadOnlyCollection<string> problems, string context)
    {
        if (problems.Count > 0)
        {
            throw new ConfigurationException(
                $"{context} is invalid:{Environment.NewLine}  - {string.Join(Environment.NewLine + "  - ", problems)}");
        }
    }
}
