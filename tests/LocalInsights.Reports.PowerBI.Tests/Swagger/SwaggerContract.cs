using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LocalInsights.Reports.PowerBI.Tests.Swagger;

/// <summary>
/// Microsoft's Power BI REST API description (Swagger 2.0), used to check requests: path template and method,
/// path and query parameters (required, declared, type, format, enum, minimum) and the JSON body against the
/// referenced definition (see <see cref="SwaggerSchemaValidator"/>).
/// </summary>
internal sealed class SwaggerContract
{
    private readonly JsonElement root;
    private readonly List<SwaggerOperation> operations = [];

    private SwaggerContract(JsonDocument document)
    {
        root = document.RootElement;
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            var pattern = PatternOf(path.Name, out var literals);
            foreach (var method in path.Value.EnumerateObject().Where(item =>
                item.Value.ValueKind == JsonValueKind.Object))
            {
                var id = method.Value.TryGetProperty("operationId", out var value) ? value.GetString()! : string.Empty;
                operations.Add(new SwaggerOperation(path.Name, method.Name.ToUpperInvariant(), id, pattern, literals,
                    method.Value));
            }
        }
    }

    public static SwaggerContract Shared { get; } = Load(TestFiles.PathOf("contracts", "powerbi-rest-swagger.json"));

    public SwaggerSchemaValidator Schemas => new(root.GetProperty("definitions"));

    public static SwaggerContract Load(string path) => new(JsonDocument.Parse(File.ReadAllBytes(path)));

    public SwaggerOperation Operation(string operationId) =>
        operations.Single(operation => operation.OperationId == operationId);

    /// <summary>
    /// Returns the operation whose template matches, preferring the one with the most literal segments.
    /// </summary>
    public SwaggerMatch? Match(string method, string path)
    {
        var candidates = operations
            .Where(operation => string.Equals(operation.Method, method, StringComparison.OrdinalIgnoreCase))
            .Select(operation => (operation, match: operation.Pattern.Match(path)))
            .Where(pair => pair.match.Success)
            .OrderByDescending(pair => pair.operation.LiteralSegments)
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var (best, match) = candidates[0];
        var values = best.Pattern.GetGroupNames().Where(name => !int.TryParse(name, out _))
            .ToDictionary(name => name, name => Uri.UnescapeDataString(match.Groups[name].Value));
        return new SwaggerMatch(best, values);
    }

    /// <summary>Returns every way the request breaks its operation's description.</summary>
    public IReadOnlyList<string> Validate(SwaggerMatch match, IReadOnlyList<KeyValuePair<string, string>> query,
        string? contentType, byte[] body)
    {
        var errors = new List<string>();
        var parameters = ParametersOf(match.Operation.Definition).ToList();
        CheckPath(parameters, match.PathValues, errors);
        CheckQuery(parameters, query, errors);
        var bodyParameter = parameters.Where(parameter => In(parameter) == "body")
            .Select(parameter => (JsonElement?)parameter).FirstOrDefault();
        CheckBody(bodyParameter, contentType, body, errors);
        return errors.Select(error => $"{match.Operation.OperationId}: {error}").ToList();
    }

    private IEnumerable<JsonElement> ParametersOf(JsonElement operation)
    {
        if (!operation.TryGetProperty("parameters", out var parameters))
        {
            yield break;
        }

        foreach (var parameter in parameters.EnumerateArray())
        {
            yield return parameter.TryGetProperty("$ref", out var reference)
                ? root.GetProperty("parameters").GetProperty(reference.GetString()!.Split('/')[^1])
                : parameter;
        }
    }

    private static void CheckPath(
        List<JsonElement> parameters, IReadOnlyDictionary<string, string> values, List<string> errors)
    {
        foreach (var parameter in parameters.Where(parameter => In(parameter) == "path"))
        {
            var name = parameter.GetProperty("name").GetString()!;
            if (!values.TryGetValue(name, out var value) || value.Length == 0)
            {
                errors.Add($"path parameter {name} is missing");
                continue;
            }

            CheckSimpleValue(parameter, name, value, errors);
        }
    }

    private static void CheckQuery(
        List<JsonElement> parameters, IReadOnlyList<KeyValuePair<string, string>> query, List<string> errors)
    {
        var declared = parameters.Where(parameter => In(parameter) == "query")
            .ToDictionary(parameter => parameter.GetProperty("name").GetString()!, StringComparer.Ordinal);
        foreach (var (name, value) in query)
        {
            if (!declared.TryGetValue(name, out var parameter))
            {
                errors.Add($"query parameter {name} is not in the API description");
                continue;
            }

            CheckSimpleValue(parameter, name, value, errors);
        }

        foreach (var (name, parameter) in declared.Where(pair => IsRequired(pair.Value)))
        {
            if (!query.Any(pair => pair.Key == name))
            {
                errors.Add($"required query parameter {name} is missing");
            }
        }
    }

    private void CheckBody(JsonElement? parameter, string? contentType, byte[] body, List<string> errors)
    {
        if (parameter is not { } declared)
        {
            if (body.Length > 0)
            {
                errors.Add("the request has a body but the operation takes none");
            }

            return;
        }

        if (body.Length == 0)
        {
            if (IsRequired(declared))
            {
                errors.Add("the required body is missing");
            }

            return;
        }

        if (contentType is null || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add($"the body's content type is '{contentType}', not application/json");
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            Schemas.Validate(document.RootElement, declared.GetProperty("schema"), "body", errors);
        }
        catch (JsonException exception)
        {
            errors.Add($"the body is not JSON: {exception.Message}");
        }
    }

    private static void CheckSimpleValue(JsonElement parameter, string name, string value, List<string> errors)
    {
        var type = parameter.TryGetProperty("type", out var typeValue) ? typeValue.GetString() : "string";
        if (parameter.TryGetProperty("format", out var format) && format.GetString() == "uuid"
            && !Guid.TryParse(value, out _))
        {
            errors.Add($"parameter {name} '{value}' is not a uuid");
        }

        if (type == "integer")
        {
            if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                errors.Add($"parameter {name} '{value}' is not an integer");
            }
            else if (parameter.TryGetProperty("minimum", out var minimum) && number < minimum.GetInt64())
            {
                errors.Add($"parameter {name} {number} is below its minimum {minimum.GetInt64()}");
            }
        }

        if (parameter.TryGetProperty("enum", out var values)
            && !values.EnumerateArray().Any(item => item.GetString() == value))
        {
            errors.Add($"parameter {name} '{value}' is not one of {values.GetRawText()}");
        }
    }

    private static string? In(JsonElement parameter) => parameter.GetProperty("in").GetString();

    private static bool IsRequired(JsonElement parameter) =>
        parameter.TryGetProperty("required", out var required) && required.GetBoolean();

    private static Regex PatternOf(string template, out int literals)
    {
        var segments = template.Split('/');
        literals = segments.Count(segment => !segment.StartsWith('{'));
        var parts = segments.Select(segment => segment.StartsWith('{')
            ? $"(?<{segment[1..^1]}>[^/]+)"
            : Regex.Escape(segment));
        return new Regex("^" + string.Join("/", parts) + "$", RegexOptions.CultureInvariant);
    }
}
