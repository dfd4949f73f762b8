using System.Text.RegularExpressions;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Graph.Licences;

/// <summary>
/// Places a user in an establishment and a role from the configured attributes. The UAI is taken from the
/// pattern's <c>uai</c> group, or the whole value, and checked once per distinct code; it is never guessed.
/// </summary>
internal sealed class UserPlacer(GraphUserOptions options, PullContext context)
{
    private readonly Regex? _pattern = string.IsNullOrWhiteSpace(options.EstablishmentPattern)
        ? null
        : new Regex(options.EstablishmentPattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(250));

    private readonly Dictionary<string, string?> _checked = new(StringComparer.OrdinalIgnoreCase);

    public async ValueTask<string?> PlaceAsync(string? value, CancellationToken cancellationToken)
    {
        var code = Extract(value);
        if (code is null)
        {
            return null;
        }

        if (!_checked.TryGetValue(code, out var uai))
        {
            uai = await context.CheckUaiAsync(code, "users", null, $"user attribute {options.EstablishmentAttribute}",
                cancellationToken).ConfigureAwait(false);
            _checked.Add(code, uai);
        }

        return uai;
    }

    public PlatformRole Role(string? value) =>
        value is not null && options.Roles.TryGetValue(value, out var role)
            && Enum.TryParse<PlatformRole>(role, ignoreCase: true, out var parsed)
            ? parsed
            : PlatformRole.Unknown;

    private string? Extract(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (_pattern is null)
        {
            return value.Trim();
        }

        var match = _pattern.Match(value);
        return match.Success && match.Groups["uai"].Success ? match.Groups["uai"].Value : null;
    }
}
