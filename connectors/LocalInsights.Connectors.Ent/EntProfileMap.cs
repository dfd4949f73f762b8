using System.Text;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Ent;

/// <summary>Profile labels of ENT exports and the role each stands for.</summary>
internal sealed class EntProfileMap
{
    /// <summary>
    /// French labels of Open ENT NG exports, with and without accents, and its English profile codes (Teacher,
    /// Student, Personnel, Relative, Guest).
    /// </summary>
    /// <remarks>
    /// NOTE: the French labels are assumed, because the translation table of the statistics module is not
    /// published with it. A platform that writes other labels needs them in the Profiles setting.
    /// </remarks>
    private static readonly Dictionary<string, PlatformRole> Defaults = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Élève"] = PlatformRole.Student,
        ["Eleve"] = PlatformRole.Student,
        ["Enseignant"] = PlatformRole.Teacher,
        ["Personnel"] = PlatformRole.Staff,
        ["Parent"] = PlatformRole.Parent,
        ["Invité"] = PlatformRole.Guest,
        ["Invite"] = PlatformRole.Guest,
        ["Student"] = PlatformRole.Student,
        ["Teacher"] = PlatformRole.Teacher,
        ["Relative"] = PlatformRole.Parent,
        ["Guest"] = PlatformRole.Guest,
    };

    private readonly Dictionary<string, PlatformRole> _roles;

    /// <summary>Starts from the default labels; <paramref name="overrides"/> add labels or change their role.</summary>
    public EntProfileMap(IReadOnlyDictionary<string, PlatformRole> overrides)
    {
        _roles = new Dictionary<string, PlatformRole>(Defaults, StringComparer.OrdinalIgnoreCase);
        foreach (var (label, role) in overrides)
        {
            _roles[Normalise(label)] = role;
        }
    }

    public bool TryResolve(string? label, out PlatformRole role)
    {
        role = PlatformRole.Unknown;
        return label is not null && _roles.TryGetValue(Normalise(label), out role);
    }

    // Labels may arrive decomposed (E followed by a combining accent), so they are compared in composed form.
    private static string Normalise(string label) => label.Trim().Normalize(NormalizationForm.FormC);
}
