using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LocalInsights.Reports.PowerBI.Push;

/// <summary>Writes the body of one POST rows request: <c>{"rows":[{column: value, …}, …]}</c>.</summary>
internal static class RowBatchSerializer
{
    // Relaxed escaping keeps accented French text readable in dry-run files. It is safe because the bodies are
    // never embedded in HTML.
    private static readonly JsonWriterOptions WriterOptions =
        new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Serialize(PushTable table, int firstRow, int rowCount, bool adjust)
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("rows");
            for (var row = firstRow; row < firstRow + rowCount; row++)
            {
                writer.WriteStartObject();
                for (var column = 0; column < table.Columns.Count; column++)
                {
                    PushValues.Write(writer, table.Columns[column], table.Facts.GetValue(row, column), adjust);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
