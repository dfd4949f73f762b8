using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace LocalInsights.Reports.PowerBI.Configuration;

/// <summary>
/// Validator of <see cref="PowerBIOptions"/>: ranges, the settings each mode and credential need, and the API
/// address. Every problem names its configuration key.
/// </summary>
public sealed class PowerBIOptionsValidator : IValidateOptions<PowerBIOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, PowerBIOptions options)
    {
        var problems = Validate(options, PowerBIOptions.SectionName);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>
    /// Returns every problem of <paramref name="options"/>, each key prefixed by <paramref name="path"/>.
    /// </summary>
    public static IReadOnlyList<string> Validate(PowerBIOptions options, string path)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        AddAnnotationProblems(options, path, problems);
        AddAnnotationProblems(options.Limits, $"{path}:{nameof(PowerBIOptions.Limits)}", problems);
        ValidateLimits(options.Limits, $"{path}:{nameof(PowerBIOptions.Limits)}", problems);
        ValidateDataset(options, path, problems);
        ValidateCredential(options, path, problems);
        ValidateApiBaseUri(options.ApiBaseUri, $"{path}:{nameof(PowerBIOptions.ApiBaseUri)}", problems);
        return problems;
    }

    private static void AddAnnotationProblems(object target, string path, List<string> problems)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(target, new ValidationContext(target), results, validateAllProperties: true);
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames)
            {
                problems.Add($"{path}:{member} is invalid: {result.ErrorMessage}");
            }
        }
    }

    private static void ValidateLimits(PowerBIPushLimits limits, string path, List<string> problems)
    {
        if (limits.MaxRowsPerRequest > limits.MaxRowsPerHour)
        {
            problems.Add($"{path}:{nameof(PowerBIPushLimits.MaxRowsPerRequest)} ({limits.MaxRowsPerRequest}) is "
                + $"invalid: it is above {path}:{nameof(PowerBIPushLimits.MaxRowsPerHour)} "
                + $"({limits.MaxRowsPerHour}), so no request could ever be sent.");
        }
    }

    private static void ValidateDataset(PowerBIOptions options, string path, List<string> problems)
    {
        if (options.DatasetId is { } id && !Guid.TryParse(id, out _))
        {
            problems.Add($"{path}:{nameof(PowerBIOptions.DatasetId)} '{id}' is invalid: use the dataset id shown in "
                + "the dataset's address in Power BI, a GUID such as cfafbeb1-8037-4d0c-896e-a46fb27ff229.");
        }

        var named = !string.IsNullOrWhiteSpace(options.DatasetId) || !string.IsNullOrWhiteSpace(options.DatasetName);
        if (options.Mode == PowerBIMode.Refresh && !options.IsDryRun && !named)
        {
            problems.Add($"{path}:{nameof(PowerBIOptions.DatasetId)} and {path}:{nameof(PowerBIOptions.DatasetName)} "
                + "are both missing: Mode Refresh needs the id or the name of the import dataset to refresh.");
        }
    }

    private static void ValidateCredential(PowerBIOptions options, string path, List<string> problems)
    {
        if (options.Credential != PowerBICredentialKind.ClientSecret || options.IsDryRun)
        {
            return;
        }

        string[] required = [nameof(PowerBIOptions.TenantId), nameof(PowerBIOptions.ClientId)];
        foreach (var key in required.Where(key => string.IsNullOrWhiteSpace(KeyValue(options, key))))
        {
            problems.Add($"{path}:{key} is missing: Credential ClientSecret needs the tenant and application ids "
                + "of the service principal.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            var variable = $"{path}:{nameof(PowerBIOptions.ClientSecret)}".Replace(":", "__", StringComparison.Ordinal);
            problems.Add($"{path}:{nameof(PowerBIOptions.ClientSecret)} is missing: set it from the environment "
                + $"(variable {variable}) or a Key Vault reference, never in a committed file.");
        }
    }

    private static string? KeyValue(PowerBIOptions options, string key) =>
        key == nameof(PowerBIOptions.TenantId) ? options.TenantId : options.ClientId;

    private static void ValidateApiBaseUri(Uri? uri, string key, List<string> problems)
    {
        if (uri is null || !uri.IsAbsoluteUri)
        {
            problems.Add($"{key} is invalid: use an absolute address such as {PowerBIOptions.DefaultApiBaseUri}.");
            return;
        }

        var secure = uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);
        if (!secure)
        {
            problems.Add($"{key} '{uri}' is invalid: tokens are sent only over https (http is accepted for "
                + "127.0.0.1 test servers).");
        }
    }
}
