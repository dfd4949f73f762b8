using System.Text;

namespace LocalInsights.Reports.Tests;

/// <summary>
/// Parser of one line of a ';'-separated CSV file with RFC 4180 quoting. The test files have no line breaks
/// inside quoted fields, so a line is a record.
/// </summary>
internal static class SemicolonCsv
{
    public static IReadOnlyList<string> ParseLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var index = 0; index < line.Length; index++)
        {
            var character = line[index];
            if (quoted && character == '"' && index + 1 < line.Length && line[index + 1] == '"')
            {
                field.Append('"');
                index++;
            }
            else if (character == '"')
            {
                quoted = !quoted;
            }
            else if (character == ';' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(character);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
