namespace LocalInsights.Hosting;

/// <summary>
/// Where scheduled runs keep their queues, leases and history, and how failed runs are retried.
/// Section <c>LocalInsights:Jobs</c>.
/// </summary>
public sealed class JobsOptions
{
    public const string SectionName = "LocalInsights:Jobs";

    /// <summary>App setting that the Functions runtime reads its storage connection from.</summary>
    public const string FunctionsStorageSetting = "AzureWebJobsStorage";

    /// <summary>
    /// Connection string of the storage account that contains the run queues, leases and history table. It is a secret.
    /// Default: the <c>AzureWebJobsStorage</c> setting, which is the account the queue triggers listen to.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Storage account name, used with a managed identity (<c>DefaultAzureCredential</c>) when no connection
    /// string is set.
    /// </summary>
    public string? AccountName { get; set; }

    /// <summary>Table of the run history. Default <c>LocalInsightsRuns</c>.</summary>
    public string TableName { get; set; } = "LocalInsightsRuns";

    /// <summary>Blob container of the overlap-guard leases. Default <c>localinsights-leases</c>.</summary>
    public string LeaseContainer { get; set; } = "localinsights-leases";

    /// <summary>
    /// Attempts of a run, the first included, before its message moves to the poison queue. Default 4.
    /// </summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>Delay before the second attempt, doubled before each later one. Default 1 minute.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Longest delay between two attempts. Default 30 minutes, at most 7 days (the queue's limit).</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Age after which a lease still held is taken as left by a run that hangs, and is broken. Default 2 hours;
    /// set it above the longest pull.
    /// </summary>
    public TimeSpan StaleLeaseTimeout { get; set; } = TimeSpan.FromHours(2);

    /// <summary>
    /// How far back the scheduler looks for occurrences it has not queued yet, so that occurrences missed while
    /// the app was stopped still run. Default 1 hour, and at least the scheduler's 5-minute period.
    /// </summary>
    public TimeSpan SchedulerLookBack { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Days of history that the runs endpoint and <c>runs list</c> return by default. Default 30.</summary>
    public int HistoryDays { get; set; } = 30;

    /// <summary>Tells whether a connection string or an account name is set.</summary>
    public bool HasConnection =>
        !string.IsNullOrWhiteSpace(ConnectionString) || !string.IsNullOrWhiteSpace(AccountName);
}
