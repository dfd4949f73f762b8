using System.Text.Json;
using LocalInsights.Reports.PowerBI.Tests.Swagger;
using Microsoft.AspNetCore.Http;

namespace LocalInsights.Reports.PowerBI.Tests.Fake;

internal sealed partial class FakePowerBIServer
{
    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.ToArray();
        var query = request.Query.SelectMany(pair => pair.Value.Select(value => new KeyValuePair<string, string>(
            pair.Key, value ?? string.Empty))).ToList();
        var match = SwaggerContract.Shared.Match(request.Method, request.Path.Value ?? "/");
        var record = new FakeRequestRecord(request.Method, request.Path + request.QueryString,
            match?.Operation.OperationId,
            Value(match, "datasetId"), Value(match, "tableName"), CountRows(match, body), Clock.GetUtcNow(),
            Guid.NewGuid().ToString(), request.Headers.ToDictionary(pair => pair.Key, pair => pair.Value.ToString()));
        lock (gate)
        {
            requests.Add(record);
        }

        FakeResponse result;
        try
        {
            result = await RespondAsync(context, match, query, body, record);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A defect of the fake itself: recorded so that the test fails with the cause.
            lock (gate)
            {
                contractViolations.Add($"The fake failed on {record.Method} {record.PathAndQuery}: {exception}");
            }

            result = FakeResponse.Error(500, "FakeDefect", exception.Message);
        }

        record.StatusCode = result.Status;
        await WriteAsync(context, result, record.RequestId);
    }

    private async Task<FakeResponse> RespondAsync(HttpContext context, SwaggerMatch? match,
        List<KeyValuePair<string, string>> query, byte[] body, FakeRequestRecord record)
    {
        var errors = match is null
            ? [$"{record.Method} {record.PathAndQuery} is not an operation of the API description"]
            : SwaggerContract.Shared.Validate(match, query, context.Request.ContentType, body).ToList();
        if (context.Request.Headers.Authorization != $"Bearer {Token}")
        {
            errors.Add($"{record.Method} {record.PathAndQuery} has no bearer token from the credential");
        }

        if (errors.Count > 0)
        {
            lock (gate)
            {
                contractViolations.AddRange(errors);
            }

            return FakeResponse.Error(400, "BadRequest", string.Join(" ", errors));
        }

        lock (gate)
        {
            operationsSeen.Add(match!.Operation.OperationId);
        }

        if (match!.PathValues["groupId"] != WorkspaceId.ToString())
        {
            return FakeResponse.Error(404, "PowerBIEntityNotFound", "Couldn't find the workspace.");
        }

        return await ApplyFaultsAsync(context, match, query, body, record);
    }

    private async Task<FakeResponse> ApplyFaultsAsync(HttpContext context, SwaggerMatch match,
        List<KeyValuePair<string, string>> query, byte[] body, FakeRequestRecord record)
    {
        var fault = NextFault(match.Operation.OperationId);
        if (fault is { Hang: true })
        {
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted).ContinueWith(_ => { });
            return FakeResponse.Error(504, "GatewayTimeout", "The fake held this response.");
        }

        if (fault is not null && !fault.ApplyFirst)
        {
            return new FakeResponse(fault.StatusCode, fault.Body, fault.RetryAfterSeconds);
        }

        var result = await DispatchAsync(match, query, body, record);
        return fault is null ? result : new FakeResponse(fault.StatusCode, fault.Body, fault.RetryAfterSeconds);
    }

    private FakeFault? NextFault(string operationId)
    {
        lock (gate)
        {
            foreach (var fault in Faults.Where(fault => fault.OperationId == operationId))
            {
                var seen = faultCounts.GetValueOrDefault(fault) + 1;
                faultCounts[fault] = seen;
                if (seen >= fault.Occurrence && seen - fault.Occurrence < fault.Times)
                {
                    return fault;
                }
            }

            return null;
        }
    }

    private static async Task WriteAsync(HttpContext context, FakeResponse result, string requestId)
    {
        if (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        context.Response.StatusCode = result.Status;
        context.Response.Headers["RequestId"] = requestId;
        if (result.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (result.Json is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(result.Json, context.RequestAborted);
        }
    }

    private static string? Value(SwaggerMatch? match, string name) =>
        match is not null && match.PathValues.TryGetValue(name, out var value) ? value : null;

    private static int CountRows(SwaggerMatch? match, byte[] body)
    {
        if (match?.Operation.OperationId != "Datasets_PostRowsInGroup" || body.Length == 0)
        {
            return 0;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("rows", out var rows) && rows.ValueKind == JsonValueKind.Array
                ? rows.GetArrayLength()
                : 0;
        }
        catch (JsonException)
        {
            return 0;
        }
    }
}
