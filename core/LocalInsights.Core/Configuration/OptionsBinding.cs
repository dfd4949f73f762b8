using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace LocalInsights.Core.Configuration;

/// <summary>Binds a configuration section to an options object with a message a person can act on.</summary>
public static partial class OptionsBinding
{
    /// <summary>
    /// Binds <paramref name="section"/> to <paramref name="options"/>; on a value that does not convert, adds a
    /// problem naming the key and, for a list of names, the allowed ones, and returns false.
    /// </summary>
    public static bool TryBind(IConfiguration section, object options, List<string> problems)
    {
        try
        {
            section.Bind(options);
            return true;
        }
        catch (InvalidOperationException exception)
        {
            problems.Add(Describe(exception));
            return false;
        }
    }

    /// <summary>Rewrites a binder failure as "key: value is not a valid X; allowed: …".</summary>
    public static string Describe(InvalidOperationException exception)
    {
        var match = ConversionFailure().Match(exception.Message);
        if (!match.Success)
        {
            return exception.Message;
        }

        var (value, key, typeName) = (match.Groups["value"].Value, match.Groups["key"].Value,
            match.Groups["type"].Value);
        var type = FindType(typeName);
        var shortName = type?.Name ?? typeName[(typeName.LastIndexOf('.') + 1)..];
        var allowed = type is { IsEnum: true } ? $"; allowed values: {string.Join(", ", Enum.GetNames(type))}" : string.Empty;
        return $"{key}: '{value}' is not a valid {shortName}{allowed}.";
    }

    private static Type? FindType(string typeName)
    {
        var underlying = NullableName().Match(typeName) is { Success: true } nullable
            ? nullable.Groups["inner"].Value
            : typeName;
        return AppDomain.CurrentDomain.GetAssemblies()
            .Select(assembly => assembly.GetType(underlying, throwOnError: false))
            .FirstOrDefault(type => type is not null);
    }

    [GeneratedRegex(@"value '(?<value>.*)' at '(?<key>[^']*)' to type '(?<type>[^']*)'", RegexOptions.Singleline)]
    private static partial Regex ConversionFailure();

    [GeneratedRegex(@"^System\.Nullable`1\[\[(?<inner>[^,\]]+)")]
    private static partial Regex NullableName();
}
