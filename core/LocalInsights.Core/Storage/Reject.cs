using System.Globalization;

namespace LocalInsights.Core.Storage;

/// <summary>
/// An input a connector could not use, with where it was and why. <see cref="Value"/> is the offending text,
/// except for fields that hold a person's identifier, whose value connectors never pass here.
/// </summary>
public sealed record Reject(string File, long? Line, string? Field, string? Value, string Reason)
{
    /// <summary>Formats the reject for a log line or message, prefixed by the connector it came from.</summary>
    public string Describe(string source)
    {
        var where = Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"{File} line {line}") : File;
        var field = Field is null ? string.Empty : $", field '{Field}'";
        var value = Value is null ? string.Empty : $", value '{Value}'";
        return $"{source}: {where}{field}{value}: {Reason}";
    }
}
