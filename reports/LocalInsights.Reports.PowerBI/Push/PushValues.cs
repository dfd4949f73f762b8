using System.Globalization;
using System.Text.Json;
using LocalInsights.Core.Aggregation;

namespace LocalInsights.Reports.PowerBI.Push;

/// <summary>
/// Checks and writes fact values as Power BI accepts them, from the data type restrictions of Microsoft Learn's
/// "Dataset properties" page. Int64 rejects Int64.MaxValue and Int64.MinValue. Double rejects NaN, infinities,
/// Double.MaxValue and Double.MinValue. Strings have at most 4,000 characters. Dates and times are ISO 8601 in UTC.
/// </summary>
/// <remarks>
/// Power BI stores DateTime values in steps of 1/300 second, so it rounds the sub-millisecond part of timestamps.
/// Decimal values are sent as Double, which keeps 15 to 17 significant digits.
/// </remarks>
internal static class PushValues
{
    public const int MaxStringLength = 4_000;

    /// <summary>
    /// Returns why <paramref name="value"/> cannot be sent in a column of <paramref name="type"/>, or null.
    /// </summary>
    public static string? FindProblem(object? value, FactColumnType type) => value switch
    {
        null => null,
        _ => type switch
        {
            FactColumnType.Text => TextProblem(TextOf(value)),
            FactColumnType.WholeNumber => WholeNumberOf(value, out _),
            FactColumnType.DecimalNumber or FactColumnType.Real => RealOf(value, out _),
            FactColumnType.Date or FactColumnType.Timestamp => InstantOf(value, type, out _),
            FactColumnType.Flag => value is bool ? null : $"is a {value.GetType().Name}, not true or false",
            _ => $"has the unsupported fact type {type}",
        },
    };

    /// <summary>
    /// Writes <paramref name="value"/> as property <paramref name="column"/>. A value with a problem is written
    /// adjusted (strings cut to 4,000 characters, anything else as null) when <paramref name="adjust"/> is true.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// The value has a problem and <paramref name="adjust"/> is false.
    /// </exception>
    public static void Write(Utf8JsonWriter writer, PushColumn column, object? value, bool adjust)
    {
        writer.WritePropertyName(column.Name);
        var problem = FindProblem(value, column.FactType);
        if (problem is not null && !adjust)
        {
            throw new InvalidOperationException(
                $"Column '{column.Name}' value {problem}; it should have been rejected.");
        }

        if (value is null || (problem is not null && !IsLongText(value, column.FactType)))
        {
            writer.WriteNullValue();
            return;
        }

        WriteValid(writer, column.FactType, value);
    }

    private static void WriteValid(Utf8JsonWriter writer, FactColumnType type, object value)
    {
        switch (type)
        {
            case FactColumnType.Text:
                writer.WriteStringValue(Truncate(TextOf(value)));
                break;
            case FactColumnType.WholeNumber:
                WholeNumberOf(value, out var whole);
                writer.WriteNumberValue(whole);
                break;
            case FactColumnType.DecimalNumber or FactColumnType.Real:
                RealOf(value, out var real);
                writer.WriteNumberValue(real);
                break;
            case FactColumnType.Date or FactColumnType.Timestamp:
                InstantOf(value, type, out var instant);
                writer.WriteStringValue(instant);
                break;
            default:
                writer.WriteBooleanValue((bool)value);
                break;
        }
    }

    private static bool IsLongText(object value, FactColumnType type) =>
        type == FactColumnType.Text && TextOf(value) is var text && text.Length > MaxStringLength && IsWellFormed(text);

    private static string TextOf(object value) =>
        value as string ?? Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;

    private static string? TextProblem(string text)
    {
        if (!IsWellFormed(text))
        {
            return "contains a lone UTF-16 surrogate, which is not text";
        }

        return text.Length > MaxStringLength
            ? string.Create(CultureInfo.InvariantCulture,
                $"is {text.Length:N0} characters long; Power BI accepts at most {MaxStringLength:N0}")
            : null;
    }

    private static bool IsWellFormed(string text) => !HasLoneSurrogate(text);

    private static bool HasLoneSurrogate(string text)
    {
        for (var index = 0; index < text.Length; index++)
        {
            if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                index++;
            }
            else if (char.IsSurrogate(text[index]))
            {
                return true;
            }
        }

        return false;
    }

    private static string Truncate(string text)
    {
        if (text.Length <= MaxStringLength)
        {
            return text;
        }

        var length = char.IsHighSurrogate(text[MaxStringLength - 1]) ? MaxStringLength - 1 : MaxStringLength;
        return text[..length];
    }

    private static string? WholeNumberOf(object value, out long number)
    {
        number = 0;
        switch (value)
        {
            case long or int or short or sbyte or byte or ushort or uint:
                number = Convert.ToInt64(value, CultureInfo.InvariantCulture);
                break;
            case ulong big when big <= long.MaxValue:
                number = (long)big;
                break;
            case decimal exact when decimal.Truncate(exact) == exact && exact is > long.MinValue and < long.MaxValue:
                number = (long)exact;
                break;
            default:
                return $"is a {value.GetType().Name} ({TextOf(value)}), not a whole number in the Int64 range";
        }

        return number is long.MaxValue or long.MinValue
            ? "is Int64.MaxValue or Int64.MinValue, which Power BI does not accept"
            : null;
    }

    private static string? RealOf(object value, out double number)
    {
        number = value switch
        {
            double real => real,
            float single => single,
            decimal exact => (double)exact,
            long or int or short or byte => Convert.ToDouble(value, CultureInfo.InvariantCulture),
            _ => double.NaN,
        };
        if (value is not (double or float or decimal or long or int or short or byte))
        {
            return $"is a {value.GetType().Name} ({TextOf(value)}), not a number";
        }

        return double.IsFinite(number) && number is not (double.MaxValue or double.MinValue)
            ? null
            : string.Create(CultureInfo.InvariantCulture,
                $"is {number}, which Power BI does not accept (no NaN, infinity, Double.MaxValue or Double.MinValue)");
    }

    private static string? InstantOf(object value, FactColumnType type, out string text)
    {
        DateTime? utc = value switch
        {
            DateOnly day => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            DateTimeOffset instant => instant.UtcDateTime,
            DateTime time => time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time,
            _ => null,
        };
        if (utc is not { } moment)
        {
            text = string.Empty;
            return $"is a {value.GetType().Name} ({TextOf(value)}), not a date or time";
        }

        var format = type == FactColumnType.Date ? "yyyy-MM-dd'T'00:00:00'Z'" : "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
        text = moment.ToString(format, CultureInfo.InvariantCulture);
        return null;
    }
}
