using System.Text.Encodings.Web;
using System.Text.Json;
using LocalInsights.DemoGenerator.Devices;

namespace LocalInsights.DemoGenerator.Output;

/// <summary>
/// Writes the Intune category to UAI table as JSON: an object whose keys are the category labels and whose
/// values are the UAI codes, ordered by label.
/// </summary>
internal static class CategoryMapWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(string path, CategoryTable table)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = File.Create(path);
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            foreach (var (label, uai) in table.Entries)
            {
                json.WriteString(label, uai);
            }

            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }
}
