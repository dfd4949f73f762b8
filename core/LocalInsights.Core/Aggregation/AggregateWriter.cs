using System.Globalization;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Storage;
using LocalInsights.Core.Text;
using Parquet;
using Parquet.Schema;

namespace LocalInsights.Core.Aggregation;

/// <summary>
/// Writes the fact tables of a month to <c>{environment}/aggregates/{yyyy-MM}/</c> as CSV (for people and
/// spreadsheets) and Parquet (for Power BI, DuckDB and other tools). Each file replaces the previous one whole.
/// </summary>
/// <remarks>
/// CSV files are UTF-8 with BOM, <c>;</c>-separated, with invariant numbers (dot decimal) and ISO dates; text that
/// Excel would take for a formula is prefixed with an apostrophe (<see cref="HumanCsv"/>).
/// </remarks>
public sealed class AggregateWriter(IObjectStore store)
{
    public async Task<IReadOnlyList<string>> WriteAsync(FactSet facts, CancellationToken cancellationToken)
    {
        var window = PullWindow.ForMonth(facts.Month.Year, facts.Month.Month);
        var folder = StoragePath.Combine(facts.Environment, StoragePath.Aggregates, window.Label);

        // Tables are independent files, so they are encoded and stored side by side; the list keeps table order.
        var written = await Task.WhenAll(FactTables.From(facts).Select(table => Task.Run(async () =>
        {
            var csvPath = $"{folder}/{table.Name}.csv";
            await store.WriteAllBytesAsync(csvPath, ToCsv(table), cancellationToken).ConfigureAwait(false);
            var parquetPath = $"{folder}/{table.Name}.parquet";
            var parquet = await ToParquetAsync(table, cancellationToken).ConfigureAwait(false);
            await store.WriteAllBytesAsync(parquetPath, parquet, cancellationToken).ConfigureAwait(false);
            return new[] { csvPath, parquetPath };
        }, cancellationToken))).ConfigureAwait(false);
        return written.SelectMany(paths => paths).ToList();
    }

    internal static byte[] ToCsv(IFactTable table)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, HumanCsv.Encoding))
        {
            writer.Write(HumanCsv.Line(table.Columns.Select(column => column.Name)));
            writer.Write("\r\n");
            for (var row = 0; row < table.RowCount; row++)
            {
                var fields = new string[table.Columns.Count];
                for (var column = 0; column < fields.Length; column++)
                {
                    fields[column] = FormatCsv(table.GetValue(row, column));
                }

                writer.Write(HumanCsv.Line(fields));
                writer.Write("\r\n");
            }
        }

        return buffer.ToArray();
    }

    private static string FormatCsv(object? value) => value switch
    {
        null => string.Empty,
        string text => HumanCsv.Text(text),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset instant => instant.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => HumanCsv.Text(value.ToString()),
    };

    internal static async Task<byte[]> ToParquetAsync(IFactTable table, CancellationToken cancellationToken)
    {
        var fields = table.Columns.Select(column => ToField(column.Name, column.Type)).ToArray();
        using var buffer = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), buffer,
                         cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            using var group = writer.CreateRowGroup();
            for (var column = 0; column < fields.Length; column++)
            {
                await WriteColumnAsync(group, fields[column], table, column, cancellationToken).ConfigureAwait(false);
            }
        }

        return buffer.ToArray();
    }

    private static DataField ToField(string name, FactColumnType type) => type switch
    {
        FactColumnType.Text => new DataField<string>(name, true),
        FactColumnType.WholeNumber => new DataField<long?>(name),
        FactColumnType.DecimalNumber => new DecimalDataField(name, 18, 4, isNullable: true),
        FactColumnType.Real => new DataField<double?>(name),
        FactColumnType.Date => new DataField<DateOnly?>(name),
        FactColumnType.Timestamp => new DataField<DateTime?>(name),
        FactColumnType.Flag => new DataField<bool?>(name),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown fact column type."),
    };

    private static async Task WriteColumnAsync(ParquetRowGroupWriter group, DataField field, IFactTable table,
        int column, CancellationToken cancellationToken)
    {
        var values = Enumerable.Range(0, table.RowCount).Select(row => table.GetValue(row, column)).ToArray();
        switch (table.Columns[column].Type)
        {
            case FactColumnType.Text:
                await group.WriteAsync(field, values.Select(value => (string?)value).ToArray()!).ConfigureAwait(false);
                break;
            case FactColumnType.WholeNumber:
                await WriteAsync(group, field, values.Select(value => value as long?).ToArray(), cancellationToken);
                break;
            case FactColumnType.DecimalNumber:
                await WriteAsync(group, field, values.Select(value => value as decimal?).ToArray(), cancellationToken);
                break;
            case FactColumnType.Real:
                await WriteAsync(group, field, values.Select(value => value as double?).ToArray(), cancellationToken);
                break;
            case FactColumnType.Date:
                await WriteAsync(group, field, values.Select(value => value as DateOnly?).ToArray(), cancellationToken);
                break;
            case FactColumnType.Timestamp:
                var instants = values.Select(value => (value as DateTimeOffset?)?.UtcDateTime).ToArray();
                await WriteAsync(group, field, instants, cancellationToken);
                break;
            case FactColumnType.Flag:
                await WriteAsync(group, field, values.Select(value => value as bool?).ToArray(), cancellationToken);
                break;
        }
    }

    private static async Task WriteAsync<T>(ParquetRowGroupWriter group, DataField field, T?[] values,
        CancellationToken cancellationToken)
        where T : struct =>
        await group.WriteAsync(field, new ReadOnlyMemory<T?>(values), null, null, cancellationToken)
            .ConfigureAwait(false);
}
