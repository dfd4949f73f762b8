using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using LocalInsights.Connectors.Graph.Reports;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Graph;

/// <summary>Checks <see cref="GraphConnectorOptions"/> and returns one result per problem, named by its key.</summary>
internal static class GraphOptionsValidation
{
    private static readonly Regex PropertyName = new("^[A-Za-z][A-Za-z0-9_]*(/[A-Za-z][A-Za-z0-9_]*)?$",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static IEnumerable<ValidationResult> Validate(GraphConnectorOptions options) =>
        ValidateTenant(options)
            .Concat(ValidateCredential(options))
            .Concat(ValidateEndpoints(options))
            .Concat(options.Devices.Mapping.Validate("Devices:Mapping"))
            .Concat(ValidateUsers(options.Users))
            .Concat(ValidateReports(options.UsageReports))
            .Concat(ValidateThrottling(options.Throttling));

    private static IEnumerable<ValidationResult> ValidateTenant(GraphConnectorOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.TenantId))
        {
            yield return Problem("TenantId", "set the Entra ID tenant id (a GUID) or its primary domain");
        }
    }

    private static IEnumerable<ValidationResult> ValidateCredential(GraphConnectorOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.RecordedResponses))
        {
            yield break;
        }

        if (options.Authentication != GraphAuthentication.ManagedIdentity
            && string.IsNullOrWhiteSpace(options.ClientId))
        {
            yield return Problem("ClientId", "set the application (client) id of the app registration");
        }

        if (options.Authentication == GraphAuthentication.ClientSecret)
        {
            foreach (var problem in ValidateSecret(options.ClientSecret, "ClientSecret"))
            {
                yield return problem;
            }
        }

        if (options.Authentication == GraphAuthentication.Certificate
            && string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            yield return Problem("CertificatePath", "set the path of the PFX or PEM file of the app's certificate");
        }

        if (options.CertificatePassword?.StartsWith(GraphConnectorOptions.UnresolvedKeyVaultPrefix,
                StringComparison.OrdinalIgnoreCase) == true)
        {
            yield return UnresolvedReference("CertificatePassword");
        }
    }

    private static IEnumerable<ValidationResult> ValidateSecret(string? secret, string key)
    {
        if (string.IsNullOrWhiteSpace(secret))
        {
            yield return Problem(key, "the client secret is missing: set it from an environment variable or a Key "
                + "Vault reference, never in a committed file");
        }
        else if (secret.StartsWith(GraphConnectorOptions.UnresolvedKeyVaultPrefix, StringComparison.OrdinalIgnoreCase))
        {
            yield return UnresolvedReference(key);
        }
    }

    private static ValidationResult UnresolvedReference(string key) => Problem(key,
        "the value is a Key Vault reference that the host did not resolve: give the app's identity the "
        + "'Key Vault Secrets User' role on the vault and check the secret URI");

    private static IEnumerable<ValidationResult> ValidateEndpoints(GraphConnectorOptions options)
    {
        var baseUrl = options.BaseUrl;
        if (!baseUrl.IsAbsoluteUri || (baseUrl.Scheme != Uri.UriSchemeHttps
                && !(baseUrl.Scheme == Uri.UriSchemeHttp && baseUrl.IsLoopback)))
        {
            yield return Problem("BaseUrl", $"'{baseUrl}' must be an https URL such as "
                + "https://graph.microsoft.com/v1.0 (http is accepted only for a loopback address)");
        }

        if (options.AuthorityHost is { } authority
            && (!authority.IsAbsoluteUri || authority.Scheme != Uri.UriSchemeHttps))
        {
            yield return Problem("AuthorityHost", $"'{authority}' must be an https URL such as "
                + "https://login.microsoftonline.com/");
        }
    }

    private static IEnumerable<ValidationResult> ValidateUsers(GraphUserOptions users)
    {
        foreach (var (key, value) in new[]
                 {
                     ("Users:EstablishmentAttribute", users.EstablishmentAttribute),
                     ("Users:RoleAttribute", users.RoleAttribute),
                 })
        {
            if (!string.IsNullOrWhiteSpace(value) && !PropertyName.IsMatch(value))
            {
                yield return Problem(key, $"'{value}' is not a user property name such as department or "
                    + "onPremisesExtensionAttributes/extensionAttribute1");
            }
        }

        foreach (var problem in ValidatePattern(users.EstablishmentPattern))
        {
            yield return problem;
        }

        foreach (var (value, role) in users.Roles)
        {
            if (!Enum.TryParse<PlatformRole>(role, ignoreCase: true, out _))
            {
                yield return Problem($"Users:Roles:{value}", $"'{role}' is not a role: use Student, Teacher, "
                    + "Staff, Parent or Guest");
            }
        }
    }

    private static IEnumerable<ValidationResult> ValidatePattern(string? pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            yield break;
        }

        Regex? regex = null;
        string? error = null;
        try
        {
            regex = new Regex(pattern, RegexOptions.CultureInvariant);
        }
        catch (ArgumentException exception)
        {
            error = $"invalid regular expression: {exception.Message}";
        }

        if (error is null && !regex!.GetGroupNames().Contains("uai", StringComparer.Ordinal))
        {
            error = "the regular expression has no named group (?<uai>...)";
        }

        if (error is not null)
        {
            yield return Problem("Users:EstablishmentPattern", error);
        }
    }

    private static IEnumerable<ValidationResult> ValidateReports(GraphUsageReportOptions reports)
    {
        if (!UsageReportPeriod.TryParse(reports.Period, out _))
        {
            yield return Problem("UsageReports:Period",
                $"'{reports.Period}' is not a period: use D7, D30, D90, D180 or a day as yyyy-MM-dd");
        }

        for (var index = 0; index < reports.Reports.Count; index++)
        {
            if (UsageReportCatalog.Find(reports.Reports[index]) is null)
            {
                yield return Problem($"UsageReports:Reports:{index}", $"'{reports.Reports[index]}' is not a "
                    + $"supported report: use {string.Join(", ", UsageReportCatalog.Names)}");
            }
        }
    }

    private static IEnumerable<ValidationResult> ValidateThrottling(GraphThrottlingOptions throttling)
    {
        var counts = new[]
        {
            ("MaxRetries", throttling.MaxRetries, 0), ("DeviceRequests", throttling.DeviceRequests, 1),
            ("ReportRequests", throttling.ReportRequests, 1), ("DirectoryRequests", throttling.DirectoryRequests, 1),
        };
        foreach (var (name, value, minimum) in counts)
        {
            if (value < minimum)
            {
                yield return Problem($"Throttling:{name}", $"{value} is too small: the minimum is {minimum}");
            }
        }

        var durations = new[]
        {
            ("MaxTotalWait", throttling.MaxTotalWait), ("MaxRetryAfter", throttling.MaxRetryAfter),
            ("BackoffBase", throttling.BackoffBase), ("BackoffMax", throttling.BackoffMax),
            ("DevicePeriod", throttling.DevicePeriod), ("ReportPeriod", throttling.ReportPeriod),
            ("DirectoryPeriod", throttling.DirectoryPeriod),
        };
        foreach (var (name, value) in durations)
        {
            if (value <= TimeSpan.Zero)
            {
                yield return Problem($"Throttling:{name}", $"{value} must be a positive duration such as 00:00:20");
            }
        }
    }

    private static ValidationResult Problem(string key, string message) => new(message, [key]);
}
