using System.Globalization;

namespace LocalInsights.Reports.PowerBI.Tests.Fake;

internal sealed partial class FakePowerBIServer
{
    // The message quoted in public reports of refreshes rejected for the daily limit.
    public const string RefreshQuotaMessage =
        "Invalid dataset refresh request. Number of refresh requests in last 24 hours exceeded limit";

    private FakeResponse StartRefresh(FakeDataset dataset, FakeRequestRecord record)
    {
        if (dataset.IsPush)
        {
            return FakeResponse.Error(400, "InvalidRequest", "Push datasets cannot be refreshed.");
        }

        var now = Clock.GetUtcNow();
        if (dataset.Refreshes.Count(refresh => refresh.StartTime > now.AddHours(-24)) >= Limits.RefreshesPerDay)
        {
            return FakeResponse.Error(400, "Request Throttled", RefreshQuotaMessage);
        }

        dataset.Refreshes.Add(new FakeRefresh
        {
            RequestId = record.RequestId, StartTime = now, PollsLeft = dataset.RefreshPolls,
        });
        return new FakeResponse(202);
    }

    private FakeResponse History(FakeDataset dataset, List<KeyValuePair<string, string>> query)
    {
        var top = query.FirstOrDefault(pair => pair.Key == "$top").Value is { } text
            ? int.Parse(text, CultureInfo.InvariantCulture)
            : 60;
        foreach (var refresh in dataset.Refreshes.Where(refresh => refresh.Status == "Unknown"))
        {
            if (--refresh.PollsLeft < 0)
            {
                End(dataset, refresh);
            }
        }

        var entries = dataset.Refreshes.OrderByDescending(refresh => refresh.StartTime).Take(top).Select(Describe);
        return FakeResponse.Ok(new { value = entries });
    }

    private void End(FakeDataset dataset, FakeRefresh refresh)
    {
        refresh.EndTime = Clock.GetUtcNow();
        refresh.Status = dataset.NextRefreshFailure is null ? "Completed" : "Failed";
        refresh.ServiceExceptionJson = dataset.NextRefreshFailure;
    }

    private static Dictionary<string, object?> Describe(FakeRefresh refresh)
    {
        var entry = new Dictionary<string, object?>
        {
            ["refreshType"] = refresh.RefreshType, ["startTime"] = refresh.StartTime, ["status"] = refresh.Status,
            ["requestId"] = refresh.RequestId,
        };
        if (refresh.EndTime is { } end)
        {
            entry["endTime"] = end;
        }

        if (refresh.ServiceExceptionJson is { } failure)
        {
            entry["serviceExceptionJson"] = failure;
        }

        return entry;
    }
}
