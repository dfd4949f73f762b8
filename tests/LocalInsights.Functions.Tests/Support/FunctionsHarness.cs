using Azure.Storage.Queues;
using LocalInsights.Core.Connectors;
using LocalInsights.Functions.Queues;
using LocalInsights.Hosting;
using LocalInsights.Hosting.History;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LocalInsights.Functions.Tests.Support;

/// <summary>
/// The Functions app's worker host, built as in production with <see cref="FunctionsApp.CreateBuilder"/>, over
/// Azurite, with a fake clock, the blocking test connector and dependency injection validated on build. The
/// functions are created from its services and called directly.
/// </summary>
public sealed class FunctionsHarness : IAsyncDisposable
{
    private static readonly string[] Queues =
    [
        JobQueues.Pulls, JobQueues.Aggregations, JobQueues.PoisonOf(JobQueues.Pulls),
        JobQueues.PoisonOf(JobQueues.Aggregations),
    ];

    private readonly string _connectionString;

    private FunctionsHarness(IHost host, FakeTimeProvider time, ConnectorGate gate, string connectionString)
    {
        Host = host;
        Time = time;
        Gate = gate;
        _connectionString = connectionString;
    }

    public IHost Host { get; }

    public IServiceProvider Services => Host.Services;

    public FakeTimeProvider Time { get; }

    public ConnectorGate Gate { get; }

    public RunHistoryTable History => Services.GetRequiredService<RunHistoryTable>();

    public JobsOptions Options => Services.GetRequiredService<IOptions<JobsOptions>>().Value;

    public T Service<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>
    /// Builds the host with the test settings, changed by <paramref name="configure"/>, and empties the run queues,
    /// whose names are fixed.
    /// </summary>
    public static async Task<FunctionsHarness> CreateAsync(string connectionString, DateTimeOffset now,
        Action<Dictionary<string, string?>>? configure = null)
    {
        var settings = TestSettings.Create(connectionString, Guid.NewGuid().ToString("N")[..8]);
        configure?.Invoke(settings);
        var time = new FakeTimeProvider(now);
        var gate = new ConnectorGate();
        var host = Build(settings, time, gate);
        var harness = new FunctionsHarness(host, time, gate, connectionString);
        await harness.ClearQueuesAsync();
        return harness;
    }

    /// <summary>Builds the production host with <paramref name="settings"/> added last, so that they win.</summary>
    public static IHost Build(Dictionary<string, string?> settings, TimeProvider time, ConnectorGate gate)
    {
        var builder = FunctionsApp.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton(gate);
        builder.Services.AddConnector<BlockingConnector>();
        builder.ConfigureContainer(new DefaultServiceProviderFactory(
            new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        return builder.Build();
    }

    /// <summary>Creates a function class as the worker does, with its constructor's services.</summary>
    public T Function<T>()
        where T : class => ActivatorUtilities.CreateInstance<T>(Services);

    public QueueClient Queue(string name) =>
        new(_connectionString, name, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });

    /// <summary>Receives and deletes every visible message of <paramref name="queue"/>.</summary>
    public async Task<List<RunMessage>> ReceiveAllAsync(string queue)
    {
        var client = Queue(queue);
        var messages = new List<RunMessage>();
        while (true)
        {
            var batch = (await client.ReceiveMessagesAsync(maxMessages: 32)).Value;
            if (batch.Length == 0)
            {
                return messages;
            }

            foreach (var message in batch)
            {
                messages.Add(RunQueue.Deserialize(message.MessageText));
                await client.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }
        }
    }

    /// <summary>Returns the messages of <paramref name="queue"/> without removing them.</summary>
    public async Task<List<RunMessage>> PeekAllAsync(string queue)
    {
        var peeked = (await Queue(queue).PeekMessagesAsync(maxMessages: 32)).Value;
        return peeked.Select(message => RunQueue.Deserialize(message.MessageText)).ToList();
    }

    public async Task<RunEntity> RunAsync(string runId) =>
        await History.GetRunAsync(TestSettings.Environment, runId, CancellationToken.None)
        ?? throw new InvalidOperationException($"Run {runId} has no history row.");

    public async ValueTask DisposeAsync()
    {
        await ClearQueuesAsync();
        Host.Dispose();
    }

    private async Task ClearQueuesAsync()
    {
        foreach (var name in Queues)
        {
            var queue = Queue(name);
            await queue.CreateIfNotExistsAsync();
            await queue.ClearMessagesAsync();
        }
    }

    /// <summary>The window of the test month.</summary>
    public static PullWindow Window => PullWindow.ParseMonth(TestSettings.Month);
}
