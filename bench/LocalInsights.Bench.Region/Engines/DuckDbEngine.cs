using System.Globalization;
using DuckDB.NET.Data;
using LocalInsights.Bench.Region.Generation;

namespace LocalInsights.Bench.Region.Engines;

/// <summary>
/// The same facts computed by DuckDB (DuckDB.NET.Data.Full 1.5.6.1, an in-memory database) with SQL over the same
/// files, under the rules of the production aggregation. DuckDB uses as many threads as the machine has processors.
/// </summary>
/// <remarks>
/// The rules restated in SQL: a device's latest snapshot in the month counts; it is never seen when its last
/// check-in is empty or a placeholder (year 1, year 9999 or 1753-01-01), active when it is on or after the month's
/// last day minus 29 days, and idle otherwise; an empty model or OS reads <c>(unknown)</c>; its establishment is the
/// <c>uai</c> group of the device-name pattern. People are counted as distinct trimmed, lower-cased identifiers,
/// where LocalInsights counts distinct HMAC pseudonyms of the same normalised text: the counts are equal unless two
/// identifiers share a pseudonym, which a 128-bit HMAC prefix makes negligible, or a 95-bit key hash of
/// LocalInsights' tables, which is as negligible.
/// </remarks>
internal sealed class DuckDbEngine
{
    /// <summary>
    /// Days before the month's end in which a check-in makes a device active, the default of AggregationOptions.
    /// </summary>
    private const int ActiveDeviceDays = 30;

    public async Task<RegionFacts> RunAsync(RegionDataset dataset, DirectoryInfo data, PhaseClock clock,
        CancellationToken cancellationToken)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        Detail = await ScalarAsync(connection, "SELECT 'DuckDB ' || version() || ', ' || current_setting('threads') "
            + "|| ' threads, memory limit ' || current_setting('memory_limit')", cancellationToken)
            .ConfigureAwait(false);
        var devices = await clock.TimeAsync("device facts query", () => QueryAsync(connection,
            DeviceSql(dataset, data), ReadDeviceRow, cancellationToken)).ConfigureAwait(false);
        var platform = await clock.TimeAsync("platform facts query", () => QueryAsync(connection,
            PlatformSql(dataset, data), ReadPlatformRow, cancellationToken)).ConfigureAwait(false);
        return new RegionFacts(devices, platform);
    }

    /// <summary>DuckDB's version, thread count and memory limit, known after <see cref="RunAsync"/>.</summary>
    public string Detail { get; private set; } = string.Empty;

    private static string DeviceSql(RegionDataset dataset, DirectoryInfo data)
    {
        var window = dataset.Window;
        var files = string.Join(", ", dataset.DeviceFiles.Select(file =>
            Literal(Path.Combine(data.FullName, file.File))));
        var snapshots = string.Join(", ", dataset.DeviceFiles.Select(file =>
            $"({Literal(Path.Combine(data.FullName, file.File))}, DATE {Literal(Day(file.SnapshotDate))})"));
        var activeSince = Day(window.To.AddDays(1 - ActiveDeviceDays));
        return $$"""
            WITH exports AS (
                SELECT e."Device ID" AS device_id, e."Device name" AS device_name,
                       e."Last check-in" AS last_check_in, e."Model" AS model, e."OS" AS os, s.snapshot_date
                FROM read_csv([{{files}}], header = true, delim = ',', quote = '"', escape = '"',
                              all_varchar = true, filename = true) AS e
                JOIN (VALUES {{snapshots}}) AS s(file, snapshot_date) ON e.filename = s.file
                WHERE s.snapshot_date BETWEEN DATE '{{Day(window.From)}}' AND DATE '{{Day(window.To)}}'
            ),
            -- NOTE: DuckDB 1.5.6.1 fails on the QUALIFY row_number() = 1 form of this step with "INTERNAL Error:
            -- Failed to cast expression to type" in its TopNWindowElimination optimizer, so arg_max is used.
            latest AS (
                SELECT arg_max(struct_pack(device_name, last_check_in, model, os), snapshot_date) AS device
                FROM exports
                GROUP BY device_id
            ),
            classified AS (
                SELECT coalesce(upper(nullif(regexp_extract(device.device_name,
                           '^([0-9]{7}[A-Za-z])-[Pp][Cc]-[0-9]{4}$', 1), '')), '') AS uai,
                       coalesce(nullif(trim(device.model), ''), '(unknown)') AS model,
                       coalesce(nullif(trim(device.os), ''), '(unknown)') AS os,
                       try_cast(left(device.last_check_in, 19) AS TIMESTAMP) AS seen
                FROM latest
            ),
            stated AS (
                SELECT uai, model, os,
                       CASE WHEN seen IS NULL OR year(seen) <= 1 OR year(seen) >= 9999
                                 OR (year(seen) = 1753 AND dayofyear(seen) = 1) THEN 'never'
                            WHEN seen >= TIMESTAMP '{{activeSince}}' THEN 'active'
                            ELSE 'idle' END AS state
                FROM classified
            )
            SELECT uai, model, os, count(*) AS deployed,
                   count(*) FILTER (WHERE state = 'active') AS active,
                   count(*) FILTER (WHERE state = 'idle') AS idle,
                   count(*) FILTER (WHERE state = 'never') AS never_seen
            FROM stated
            GROUP BY uai, model, os
            """;
    }

    private static string PlatformSql(RegionDataset dataset, DirectoryInfo data)
    {
        var window = dataset.Window;
        var log = Literal(Path.Combine(data.FullName, dataset.ConnectionLog));
        return $$"""
            SELECT upper(trim(uai)) AS uai, {{Literal(LocalInsightsEngine.Platform)}} AS platform,
                   CASE lower(trim(profil))
                       WHEN 'élève' THEN 'Student' WHEN 'eleve' THEN 'Student' WHEN 'student' THEN 'Student'
                       WHEN 'enseignant' THEN 'Teacher' WHEN 'teacher' THEN 'Teacher'
                       WHEN 'personnel' THEN 'Staff'
                       WHEN 'parent' THEN 'Parent' WHEN 'relative' THEN 'Parent'
                       WHEN 'invité' THEN 'Guest' WHEN 'invite' THEN 'Guest' WHEN 'guest' THEN 'Guest'
                   END AS role,
                   count(DISTINCT lower(trim(identifiant))) AS active_users,
                   CAST(sum(connexions) AS BIGINT) AS connections
            FROM read_csv({{log}}, header = true, delim = ';', quote = '"', dateformat = '%d/%m/%Y',
                          columns = {'date': 'DATE', 'uai': 'VARCHAR', 'profil': 'VARCHAR',
                                      'identifiant': 'VARCHAR', 'service': 'VARCHAR', 'connexions': 'BIGINT'})
            WHERE "date" BETWEEN DATE '{{Day(window.From)}}' AND DATE '{{Day(window.To)}}'
            GROUP BY ALL
            """;
    }

    private static DeviceFactRow ReadDeviceRow(DuckDBDataReader reader) => new(reader.GetString(0),
        reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5),
        reader.GetInt64(6));

    private static PlatformFactRow ReadPlatformRow(DuckDBDataReader reader) => new(reader.GetString(0),
        reader.GetString(1), reader.IsDBNull(2) ? "Unknown" : reader.GetString(2), reader.GetInt64(3),
        reader.GetInt64(4));

    private static async Task<List<T>> QueryAsync<T>(DuckDBConnection connection, string sql,
        Func<DuckDBDataReader, T> read, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = (DuckDBDataReader)await command.ExecuteReaderAsync(cancellationToken)
            .ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static async Task<string> ScalarAsync(DuckDBConnection connection, string sql,
        CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false),
            CultureInfo.InvariantCulture) ?? string.Empty;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Returns <paramref name="text"/> as a SQL string literal, with single quotes doubled.</summary>
    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
