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
        }
        catch (InvalidOperationException exception)
        {
            problems.Add(Describe(exception));
            return false;
        }

        var dropped = DroppedEnumEntries(section, options).ToList();
        problems.AddRange(dropped);
        return dropped.Count == 0;
    }

    /// <summary>
    /// Finds entries of dictionaries of names (such as a profile or category map) that the binder left out because
    /// their value is not one of the names: it drops them without an error.
    /// </summary>
    private static IEnumerable<string> DroppedEnumEntries(IConfiguration section, object options)
    {
        foreach (var property in options.GetType().GetProperties())
        {
            var type = property.PropertyType;
            if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(Dictionary<,>)
                || type.GetGenericArguments() is not [{ } keyType, { IsEnum: true } enumType]
                || keyType != typeof(string)
                || property.GetValue(options) is not System.Collections.IDictionary bound)
            {
                continue;
            }

            foreach (var entry in section.GetSection(property.Name).GetChildren())
            {
                if (!bound.Contains(entry.Key) && entry.Value is { } value)
                {
                    yield return $"{entry.Path}: '{value}' is not a valid {enumType.Name}; allowed values: "
                        + $"{string.Join(", ", Enum.GetNames(enumType))}.";
                }
            }
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
        var allowed = type is { IsEnum: true }
            ? $"; allowed values: {string.Join(", ", Enum.GetNames(type))}"
            : string.Empty;
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
