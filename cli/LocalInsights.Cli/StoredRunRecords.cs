using System.Text.Json;
using LocalInsights.Core.Storage;

namespace LocalInsights.Cli;

/// <summary>Reads the run records that the pipeline stores under <c>{environment}/runs/</c>.</summary>
internal static class StoredRunRecords
{
    /// <summary>
    /// Lists the records of <paramref name="environment"/> that started since <paramref name="since"/>, newest
    /// first. A record that is not valid JSON is reported through <paramref name="unreadable"/> and skipped.
    /// </summary>
    public static async Task<List<RunRecord>> ListAsync(IObjectStore store, string environment, DateTimeOffset since,
        Action<string, string> unreadable, CancellationToken cancellationToken)
    {
        var records = new List<RunRecord>();
        var prefix = StoragePath.Combine(environment, StoragePath.Runs) + "/";
        await foreach (var item in store.ListAsync(prefix, cancellationToken).ConfigureAwait(false))
        {
            if (!item.Path.EndsWith(".json", StringComparison.Ordinal))
            {
                continue;
            }

            var bytes = await store.ReadAllBytesAsync(item.Path, cancellationToken).ConfigureAwait(false);
            try
            {
                if (bytes is not null
                    && JsonSerializer.Deserialize(bytes, ReadableJsonContext.Default.RunRecord) is { } record
                    && record.StartedAt >= since)
                {
                    records.Add(record);
                }
            }
            catch (JsonException exception)
            {
                unreadable(item.Path, exception.Message);
            }
        }

        return records.OrderByDescending(record => record.StartedAt).ToList();
    }
}
