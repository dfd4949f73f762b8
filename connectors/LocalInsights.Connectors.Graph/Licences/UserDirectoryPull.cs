using LocalInsights.Connectors.Graph.Client;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;
using Microsoft.Graph.Models;

namespace LocalInsights.Connectors.Graph.Licences;

/// <summary>
/// Lists <c>/users</c> with their assigned licences and the configured attributes, page by page, and keeps each
/// user under the pseudonym of their user principal name. Names are never kept.
/// </summary>
internal static class UserDirectoryPull
{
    private const string Permission = "User.Read.All";

    public static async Task<UserDirectory> ReadAsync(GraphSession session, GraphConnectorOptions options,
        PullContext context, CancellationToken cancellationToken)
    {
        var users = options.Users;
        var select = new List<string> { "id", "userPrincipalName", "assignedLicenses" };
        select.AddRange(new[] { users.EstablishmentAttribute, users.RoleAttribute }
            .Where(name => !string.IsNullOrWhiteSpace(name))
            .Select(name => UserAttributes.SelectName(name!.Trim())));
        var placer = new UserPlacer(users, context);
        var directory = new UserDirectory();
        long placed = 0;
        string? nextLink = null;
        var page = 0;
        do
        {
            page++;
            var link = nextLink;
            var response = await GraphErrors.CallAsync(
                () => link is null
                    ? session.Client.Users.GetAsync(
                        request =>
                        {
                            request.QueryParameters.Select = [.. select.Distinct(StringComparer.OrdinalIgnoreCase)];
                            request.QueryParameters.Top = 999;
                        },
                        cancellationToken)
                    : session.Client.Users.WithUrl(link).GetAsync(cancellationToken: cancellationToken),
                $"GET /users (page {page})", Permission, options.TenantId).ConfigureAwait(false);
            foreach (var user in response?.Value ?? [])
            {
                placed += await AddAsync(directory, placer, users, context, user, cancellationToken)
                    .ConfigureAwait(false) ? 1 : 0;
            }

            nextLink = response?.OdataNextLink;
        }
        while (!string.IsNullOrEmpty(nextLink));

        GraphLog.UsersRead(context.Logger, directory.Count, placed, directory.Count - placed);
        await ObserveUnplacedAsync(context, users, directory.Count - placed, cancellationToken).ConfigureAwait(false);
        return directory;
    }

    private static async Task<bool> AddAsync(UserDirectory directory, UserPlacer placer, GraphUserOptions options,
        PullContext context, User user, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(user.UserPrincipalName))
        {
            return false;
        }

        var uai = string.IsNullOrWhiteSpace(options.EstablishmentAttribute)
            ? null
            : await placer.PlaceAsync(UserAttributes.Read(user, options.EstablishmentAttribute.Trim()),
                cancellationToken).ConfigureAwait(false);
        var role = string.IsNullOrWhiteSpace(options.RoleAttribute)
            ? PlatformRole.Unknown
            : placer.Role(UserAttributes.Read(user, options.RoleAttribute.Trim()));
        var skus = (user.AssignedLicenses ?? [])
            .Select(licence => licence.SkuId?.ToString())
            .OfType<string>()
            .ToArray();
        directory.Add(context.Pseudonymizer.Pseudonymize(user.UserPrincipalName), new UserEntry(uai, role, skus));
        return uai is not null;
    }

    private static async Task ObserveUnplacedAsync(PullContext context, GraphUserOptions options, long unplaced,
        CancellationToken cancellationToken)
    {
        if (unplaced == 0 || string.IsNullOrWhiteSpace(options.EstablishmentAttribute))
        {
            return;
        }

        await context.ObserveAsync(
            new QualityObservation
            {
                Source = context.Connector, Kind = QualityIssueKind.UnmappedUser,
                Subject = $"user attribute {options.EstablishmentAttribute} gave no valid UAI", File = "users",
                Count = unplaced,
                Detail = "accounts whose licences and activity are counted for the tenant only",
            },
            cancellationToken).ConfigureAwait(false);
    }
}
