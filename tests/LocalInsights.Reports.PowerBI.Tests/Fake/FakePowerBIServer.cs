using System.Net;
using LocalInsights.Reports.PowerBI.Tests.Swagger;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Reports.PowerBI.Tests.Fake;

/// <summary>
/// A fake Power BI REST service: a Kestrel app on 127.0.0.1 with a random port. It checks every request against
/// Microsoft's API description and keeps datasets, tables, rows and refresh histories in memory. It enforces the
/// documented push limits, returning 429 as the service does and recording the breach, and returns the failures
/// listed in <see cref="Faults"/>. Times come from the clock given at start.
/// </summary>
internal sealed partial class FakePowerBIServer : IAsyncDisposable
{
    public const string Token = "fake-token";

    private readonly WebApplication app;
    private readonly Lock gate = new();
    private readonly List<FakeRequestRecord> requests = [];
    private readonly List<string> contractViolations = [];
    private readonly List<string> limitViolations = [];
    private readonly HashSet<string> operationsSeen = [];
    private readonly Dictionary<FakeFault, int> faultCounts = [];

    private FakePowerBIServer(WebApplication app, TimeProvider clock)
    {
        this.app = app;
        Clock = clock;
    }

    /// <summary>The workspace the fake serves: the one of the API description's examples.</summary>
    public Guid WorkspaceId { get; } = Guid.Parse("f089354e-8366-4e18-aea3-4cb4a3a50b48");

    public TimeProvider Clock { get; }

    public Uri BaseUri { get; private set; } = new("http://127.0.0.1/");

    public FakeLimits Limits { get; } = new();

    public List<FakeFault> Faults { get; } = [];

    public Dictionary<string, FakeDataset> Datasets { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Real delay of each POST rows response, so that requests overlap as they do over a network.</summary>
    public TimeSpan PostRowsLatency { get; set; } = TimeSpan.FromMilliseconds(2);

    public int MaxPendingPosts { get; private set; }

    public IReadOnlyList<FakeRequestRecord> Requests => Snapshot(requests);

    public IReadOnlyList<string> ContractViolations => Snapshot(contractViolations);

    public IReadOnlyList<string> LimitViolations => Snapshot(limitViolations);

    public IReadOnlyCollection<string> OperationsSeen => Snapshot(operationsSeen.Order().ToList());

    public static async Task<FakePowerBIServer> StartAsync(TimeProvider clock)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakePowerBIServer(app, clock);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.Single();
        server.BaseUri = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        return server;
    }

    public FakeDataset AddImportDataset(string name)
    {
        var dataset = new FakeDataset { Id = Guid.NewGuid().ToString(), Name = name, IsPush = false };
        lock (gate)
        {
            Datasets[dataset.Id] = dataset;
        }

        return dataset;
    }

    public FakeDataset AddPushDataset(string name, params FakeTable[] tables)
    {
        var dataset = new FakeDataset { Id = Guid.NewGuid().ToString(), Name = name, IsPush = true };
        foreach (var table in tables)
        {
            dataset.Tables[table.Name] = table;
        }

        lock (gate)
        {
            Datasets[dataset.Id] = dataset;
        }

        return dataset;
    }

    public FakeDataset DatasetNamed(string name)
    {
        lock (gate)
        {
            return Datasets.Values.Single(dataset => dataset.Name == name);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private List<T> Snapshot<T>(List<T> list)
    {
        lock (gate)
        {
            return list.ToList();
        }
    }
}
