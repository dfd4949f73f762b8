using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace LocalInsights.Hosting;

/// <summary>Checks <see cref="JobsOptions"/> and lists every invalid value with its configuration key.</summary>
public sealed partial class JobsOptionsValidator : IValidateOptions<JobsOptions>
{
    /// <summary>Longest visibility delay of a queue message, set by Azure Queue Storage.</summary>
    public static readonly TimeSpan MaxQueueDelay = TimeSpan.FromDays(7);

    /// <summary>Period of the scheduler's timer trigger.</summary>
    public static readonly TimeSpan SchedulerPeriod = TimeSpan.FromMinutes(5);

    public ValidateOptionsResult Validate(string? name, JobsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (!TableNamePattern().IsMatch(options.TableName))
        {
            problems.Add($"{Key(nameof(JobsOptions.TableName))} '{options.TableName}' is invalid: a table name has "
                + "3 to 63 letters and digits and starts with a letter.");
        }

        if (!ContainerNamePattern().IsMatch(options.LeaseContainer))
        {
            problems.Add($"{Key(nameof(JobsOptions.LeaseContainer))} '{options.LeaseContainer}' is invalid: a "
                + "container name has 3 to 63 lower-case letters, digits and single hyphens.");
        }

        ValidateRetries(options, problems);
        ValidateDurations(options, problems);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>Builds the configuration key of a property, such as <c>LocalInsights:Jobs:MaxAttempts</c>.</summary>
    public static string Key(string property) => $"{JobsOptions.SectionName}:{property}";

    private static void ValidateRetries(JobsOptions options, List<string> problems)
    {
        if (options.MaxAttempts is < 1 or > 20)
        {
            problems.Add($"{Key(nameof(JobsOptions.MaxAttempts))} is {options.MaxAttempts}: use 1 to 20 attempts.");
        }

        if (options.RetryDelay < TimeSpan.Zero || options.RetryDelay > MaxQueueDelay)
        {
            problems.Add($"{Key(nameof(JobsOptions.RetryDelay))} is {options.RetryDelay}: use 00:00:00 to 7.00:00:00.");
        }

        if (options.MaxRetryDelay < options.RetryDelay || options.MaxRetryDelay > MaxQueueDelay)
        {
            problems.Add($"{Key(nameof(JobsOptions.MaxRetryDelay))} is {options.MaxRetryDelay}: use at least "
                + $"{Key(nameof(JobsOptions.RetryDelay))} ({options.RetryDelay}) and at most 7.00:00:00.");
        }
    }

    private static void ValidateDurations(JobsOptions options, List<string> problems)
    {
        if (options.StaleLeaseTimeout < TimeSpan.FromMinutes(1))
        {
            problems.Add($"{Key(nameof(JobsOptions.StaleLeaseTimeout))} is {options.StaleLeaseTimeout}: use at least "
                + "00:01:00, and more than the longest pull.");
        }

        if (options.SchedulerLookBack < SchedulerPeriod || options.SchedulerLookBack > MaxQueueDelay)
        {
            problems.Add($"{Key(nameof(JobsOptions.SchedulerLookBack))} is {options.SchedulerLookBack}: use at "
                + $"least the scheduler's period ({SchedulerPeriod}) and at most 7.00:00:00.");
        }

        if (options.HistoryDays is < 1 or > 3650)
        {
            problems.Add($"{Key(nameof(JobsOptions.HistoryDays))} is {options.HistoryDays}: use 1 to 3650 days.");
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex TableNamePattern();

    [GeneratedRegex("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    private static partial Regex ContainerNamePattern();
}
