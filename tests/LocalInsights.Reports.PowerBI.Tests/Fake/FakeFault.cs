namespace LocalInsights.Reports.PowerBI.Tests.Fake;

/// <summary>
/// A failure the fake returns instead of its normal response: for the <see cref="Occurrence"/>-th request of
/// <see cref="OperationId"/> (counting from 1) and the <see cref="Times"/> - 1 after it.
/// </summary>
internal sealed record FakeFault(string OperationId, int Occurrence, int StatusCode)
{
    public int Times { get; init; } = 1;

    public int? RetryAfterSeconds { get; init; }

    /// <summary>Apply the request before failing, as a server that fails after doing the work.</summary>
    public bool ApplyFirst { get; init; }

    /// <summary>Hold the response until the client gives up, as a server that never responds.</summary>
    public bool Hang { get; init; }

    public string Body { get; init; } = """{"error":{"code":"InternalServerError","message":"Fake failure"}}""";
}
