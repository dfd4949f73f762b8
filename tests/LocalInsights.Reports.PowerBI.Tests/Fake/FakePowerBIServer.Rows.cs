using System.Globalization;
using System.Text.Json;
using LocalInsights.Reports.PowerBI.Tests.Swagger;

namespace LocalInsights.Reports.PowerBI.Tests.Fake;

internal sealed partial class FakePowerBIServer
{
    private const string RowQuotaMessage = "Maximum number of rows exceeded in time window. Please retry later";
    private const string RateMessage =
        "You have exceeded the amount of requests allowed in the current time frame and further requests will fail.";

    private async Task<FakeResponse> PostRowsAsync(SwaggerMatch match, byte[] body, FakeRequestRecord record)
    {
        using var document = JsonDocument.Parse(body);
        var rows = document.RootElement.GetProperty("rows").EnumerateArray().Select(row => row.Clone()).ToList();
        FakeDataset? dataset;
        FakeTable? table;
        lock (gate)
        {
            var refused = Admit(match, rows, record.ArrivedAt, out dataset, out table);
            if (refused is not null)
            {
                return refused;
            }

            dataset!.PendingPosts++;
            MaxPendingPosts = Math.Max(MaxPendingPosts, dataset.PendingPosts);
        }

        await Task.Delay(PostRowsLatency);
        lock (gate)
        {
            table!.Rows.AddRange(rows);
            dataset.AcceptedPosts.Add((record.ArrivedAt, rows.Count));
            dataset.PendingPosts--;
        }

        return new FakeResponse(200);
    }

    private FakeResponse? Admit(SwaggerMatch match, List<JsonElement> rows, DateTimeOffset now,
        out FakeDataset? dataset, out FakeTable? table)
    {
        dataset = null;
        table = null;
        if (!Datasets.TryGetValue(match.PathValues["datasetId"], out dataset) || !dataset.IsPush)
        {
            return FakeResponse.Error(404, "ItemNotFound",
                $"Dataset {match.PathValues["datasetId"]} is not Push API dataset.");
        }

        if (!dataset.Tables.TryGetValue(match.PathValues["tableName"], out table))
        {
            return FakeResponse.Error(404, "ItemNotFound",
                $"Table '<pi>{match.PathValues["tableName"]}</pi>' not found");
        }

        return CheckLimits(dataset, table, rows.Count, now) ?? CheckRows(table, rows);
    }

    private FakeResponse? CheckLimits(FakeDataset dataset, FakeTable table, int rows, DateTimeOffset now)
    {
        if (rows > Limits.RowsPerRequest)
        {
            return Breach(400, $"{rows} rows in one request, more than {Limits.RowsPerRequest}", null);
        }

        if (dataset.PendingPosts >= Limits.PendingRequests)
        {
            return Breach(429, $"more than {Limits.PendingRequests} pending POST rows requests", 1);
        }

        // Windows end at this request's arrival: a request admitted late, after a slow read of its body, must not
        // count posts that arrived after it.
        var lastMinute = dataset.AcceptedPosts.Where(post => post.At > now.AddMinutes(-1) && post.At <= now).ToList();
        if (lastMinute.Count >= Limits.RequestsPerMinute)
        {
            return Breach(429, $"more than {Limits.RequestsPerMinute} requests in a minute at {now:O}",
                SecondsUntil(lastMinute[0].At.AddMinutes(1), now));
        }

        var lastHour = dataset.AcceptedPosts.Where(post => post.At > now.AddHours(-1) && post.At <= now).ToList();
        var large = dataset.Tables.Values.Any(candidate => candidate.Rows.Count >= Limits.LargeTableRows);
        if (large && lastHour.Count >= Limits.RequestsPerHourForLargeTables)
        {
            return Breach(429, $"more than {Limits.RequestsPerHourForLargeTables} requests in an hour with a large "
                + $"table at {now:O}", SecondsUntil(lastHour[0].At.AddHours(1), now));
        }

        if (lastHour.Sum(post => post.Rows) + rows > Limits.RowsPerHour)
        {
            return Breach(429, $"more than {Limits.RowsPerHour} rows in an hour at {now:O}",
                SecondsUntil(lastHour[0].At.AddHours(1), now), RowQuotaMessage);
        }

        return table.Rows.Count + rows > Limits.RowsPerTable
            ? Breach(400, $"more than {Limits.RowsPerTable} rows in table {table.Name}", null)
            : null;
    }

    private FakeResponse? CheckRows(FakeTable table, List<JsonElement> rows)
    {
        for (var index = 0; index < rows.Count; index++)
        {
            var problem = FakeRowChecker.FindProblem(table, rows[index], Limits.StringLength);
            if (problem is not null)
            {
                var message = string.Create(CultureInfo.InvariantCulture, $"Row {index + 1}: {problem}");
                lock (gate)
                {
                    contractViolations.Add(message);
                }

                return FakeResponse.Error(400, "BadRequest", message);
            }
        }

        return null;
    }

    private FakeResponse Breach(int status, string breach, int? retryAfterSeconds, string message = RateMessage)
    {
        limitViolations.Add(breach);
        return status == 429
            ? new FakeResponse(429, JsonSerializer.Serialize(new { message }), retryAfterSeconds)
            : FakeResponse.Error(status, "BadRequest", breach);
    }

    private static int SecondsUntil(DateTimeOffset until, DateTimeOffset now) =>
        Math.Max(1, (int)Math.Ceiling((until - now).TotalSeconds));
}
