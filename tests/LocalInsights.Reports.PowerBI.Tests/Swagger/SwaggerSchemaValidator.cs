using System.Text.Json;
using System.Text.RegularExpressions;

namespace LocalInsights.Reports.PowerBI.Tests.Swagger;

/// <summary>
/// Checks a JSON value against a Swagger 2.0 schema: <c>$ref</c> and <c>allOf</c>, required and declared
/// properties (a property the definition does not declare is an error, as the service returns "The property …
/// does not exist on type …"), types, formats uuid and date-time, enums and patterns.
/// </summary>
internal sealed class SwaggerSchemaValidator(JsonElement definitions)
{
    public void Validate(JsonElement value, JsonElement schema, string path, List<string> errors)
    {
        schema = Resolve(schema);
        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var required = new List<string>();
        Collect(schema, properties, required);
        if (properties.Count > 0 || required.Count > 0)
        {
            ValidateObject(value, properties, required, path, errors);
            return;
        }

        var type = schema.TryGetProperty("type", out var typeValue) ? typeValue.GetString() : null;
        switch (type)
        {
            case "array":
                ValidateArray(value, schema, path, errors);
                break;
            case "object":
                Expect(value, JsonValueKind.Object, path, "an object", errors);
                break;
            case "string":
                ValidateString(value, schema, path, errors);
                break;
            case "integer":
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out _))
                {
                    errors.Add($"{path} is {value.ValueKind}, not an integer");
                }

                break;
            case "number":
                Expect(value, JsonValueKind.Number, path, "a number", errors);
                break;
            case "boolean":
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    errors.Add($"{path} is {value.ValueKind}, not a boolean");
                }

                break;
        }
    }

    private void ValidateObject(JsonElement value, Dictionary<string, JsonElement> properties, List<string> required,
        string path, List<string> errors)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{path} is {value.ValueKind}, not an object");
            return;
        }

        foreach (var name in required.Where(name => !value.TryGetProperty(name, out _)))
        {
            errors.Add($"{path}.{name} is required but missing");
        }

        foreach (var property in value.EnumerateObject())
        {
            if (!properties.TryGetValue(property.Name, out var propertySchema))
            {
                errors.Add($"{path}.{property.Name} is not a property of this type in the API description");
                continue;
            }

            if (property.Value.ValueKind != JsonValueKind.Null)
            {
                Validate(property.Value, propertySchema, $"{path}.{property.Name}", errors);
            }
        }
    }

    private void ValidateArray(JsonElement value, JsonElement schema, string path, List<string> errors)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Add($"{path} is {value.ValueKind}, not an array");
            return;
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            Validate(item, schema.GetProperty("items"), $"{path}[{index++}]", errors);
        }
    }

    private static void ValidateString(JsonElement value, JsonElement schema, string path, List<string> errors)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add($"{path} is {value.ValueKind}, not a string");
            return;
        }

        var text = value.GetString()!;
        if (schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(item =>
            item.GetString() == text))
        {
            errors.Add($"{path} '{text}' is not one of {values.GetRawText()}");
        }

        if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text,
            DotNetPattern(pattern.GetString()!)))
        {
            errors.Add($"{path} '{text}' does not match the pattern {pattern.GetString()}");
        }

        var format = schema.TryGetProperty("format", out var formatValue) ? formatValue.GetString() : null;
        if ((format == "uuid" && !Guid.TryParse(text, out _))
            || (format == "date-time" && !DateTimeOffset.TryParse(text, out _)))
        {
            errors.Add($"{path} '{text}' is not a valid {format}");
        }
    }

    private static void Expect(JsonElement value, JsonValueKind kind, string path, string name, List<string> errors)
    {
        if (value.ValueKind != kind)
        {
            errors.Add($"{path} is {value.ValueKind}, not {name}");
        }
    }

    private void Collect(JsonElement schema, Dictionary<string, JsonElement> properties, List<string> required)
    {
        schema = Resolve(schema);
        if (schema.TryGetProperty("properties", out var declared))
        {
            foreach (var property in declared.EnumerateObject())
            {
                properties[property.Name] = property.Value;
            }
        }

        if (schema.TryGetProperty("required", out var names))
        {
            required.AddRange(names.EnumerateArray().Select(name => name.GetString()!));
        }

        if (schema.TryGetProperty("allOf", out var parts))
        {
            foreach (var part in parts.EnumerateArray())
            {
                Collect(part, properties, required);
            }
        }
    }

    private JsonElement Resolve(JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? Resolve(definitions.GetProperty(reference.GetString()!.Split('/')[^1]))
            : schema;

    // .NET reads \u10000 as \u1000 followed by '0', so the astral range of the description's name patterns is
    // rewritten as UTF-16 surrogates; '$' becomes \z so a trailing line feed is not let through.
    public static string DotNetPattern(string pattern) =>
        pattern.Replace(@"\u10000-\u10FFFF", @"\uD800-\uDFFF", StringComparison.Ordinal)
            .Replace("$", @"\z", StringComparison.Ordinal);
}
