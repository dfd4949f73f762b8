using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using LocalInsights.Core.Configuration;
using Microsoft.Extensions.Options;

namespace LocalInsights.Hosting;

/// <summary>
/// Clients of the storage account that holds the run queues, leases and history, authenticated by
/// <see cref="JobsOptions.ConnectionString"/> or, with an account name, by <see cref="DefaultAzureCredential"/>.
/// </summary>
public sealed class JobsStorageAccount(IOptions<JobsOptions> options)
{
    private readonly Lazy<TokenCredential> _credential = new(() => new DefaultAzureCredential());

    public JobsOptions Options => options.Value;

    /// <summary>Creates the client of the run history table. Sends no request.</summary>
    /// <exception cref="ConfigurationException">No storage account is configured.</exception>
    public TableClient CreateHistoryTableClient()
    {
        var settings = Settings();
        return settings.ConnectionString is { } connection
            ? new TableClient(connection, settings.TableName)
            : new TableClient(Endpoint(settings, "table"), settings.TableName, _credential.Value);
    }

    /// <summary>
    /// Creates the client of queue <paramref name="queueName"/>, with Base64 message text as the Functions
    /// queue trigger expects by default. Sends no request.
    /// </summary>
    public QueueClient CreateQueueClient(string queueName)
    {
        var settings = Settings();
        var clientOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        return settings.ConnectionString is { } connection
            ? new QueueClient(connection, queueName, clientOptions)
            : new QueueClient(new Uri(Endpoint(settings, "queue"), queueName), _credential.Value, clientOptions);
    }

    /// <summary>Creates the client of the lease container. Sends no request.</summary>
    public BlobContainerClient CreateLeaseContainerClient()
    {
        var settings = Settings();
        return settings.ConnectionString is { } connection
            ? new BlobContainerClient(connection, settings.LeaseContainer)
            : new BlobContainerClient(new Uri(Endpoint(settings, "blob"), settings.LeaseContainer), _credential.Value);
    }

    private JobsOptions Settings()
    {
        var settings = options.Value;
        if (!settings.HasConnection)
        {
            throw new ConfigurationException(
                $"{JobsOptionsValidator.Key(nameof(JobsOptions.ConnectionString))} and "
                + $"{JobsOptionsValidator.Key(nameof(JobsOptions.AccountName))} are both missing, and so is "
                + $"{JobsOptions.FunctionsStorageSetting}: set the storage connection string from the environment "
                + "or a Key Vault reference, or the account name to sign in with a managed identity.");
        }

        return settings;
    }

    private static Uri Endpoint(JobsOptions settings, string service) =>
        new($"https://{settings.AccountName}.{service}.core.windows.net/");
}
