using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;

namespace LocalInsights.Core.Aggregation;

/// <summary>
/// Platform use per establishment, platform and role. Per-user records give distinct counts computed here;
/// aggregated statistics are taken as the source reported them for the month, never summed across periods.
/// </summary>
/// <remarks>Memory grows with the number of distinct people per establishment and platform, not with rows.</remarks>
internal sealed class PlatformAggregation(PullWindow window)
{
    private readonly Dictionary<(string Uai, string Platform, PlatformRole Role), Computed> _computed = [];
    private readonly Dictionary<string, HashSet<string>> _studentsByUai = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Uai, string Platform, PlatformRole Role), Reported> _reported = [];

    public void Add(PlatformActivity activity)
    {
        if (!window.Contains(activity.Day))
        {
            return;
        }

        var key = (activity.Uai, activity.Platform, activity.Role);
        if (!_computed.TryGetValue(key, out var computed))
        {
            computed = new Computed();
            _computed[key] = computed;
        }

        computed.People.Add(activity.PersonPseudonym);
        computed.Connections += activity.Connections;
        if (activity.Role == PlatformRole.Student)
        {
            if (!_studentsByUai.TryGetValue(activity.Uai, out var students))
            {
                students = new HashSet<string>(StringComparer.Ordinal);
                _studentsByUai[activity.Uai] = students;
            }

            students.Add(activity.PersonPseudonym);
        }
    }

    public void Add(PlatformStatistic statistic)
    {
        // Per-service figures overlap with the platform-wide ones, so only the latter make the facts.
        // NOTE: per-application and per-device-type connections are stored but not yet shown in any report.
        if (!window.Contains(statistic.PeriodStart) || statistic.Service is not null)
        {
            return;
        }

        var key = (statistic.Uai, statistic.Platform, statistic.Role);
        if (!_reported.TryGetValue(key, out var reported))
        {
            reported = new Reported();
            _reported[key] = reported;
        }

        reported.Connections += statistic.Connections ?? 0;
        reported.HasConnections |= statistic.Connections is not null;
        if (statistic.Period == StatisticPeriod.Month)
        {
            // Unique visitors and account counts are the source's figures for the whole month.
            reported.UniqueVisitors = statistic.UniqueVisitors ?? reported.UniqueVisitors;
            reported.Provisioned = statistic.ProvisionedAccounts ?? reported.Provisioned;
            reported.Activated = statistic.ActivatedAccounts ?? reported.Activated;
        }
    }

    /// <summary>Returns the raw (unsuppressed) rows; suppression is applied by the caller per group.</summary>
    public IEnumerable<RawPlatformUse> Rows()
    {
        foreach (var (key, computed) in _computed)
        {
            yield return new RawPlatformUse(key.Uai, key.Platform, key.Role, computed.People.Count,
                computed.Connections, null, null, FigureBasis.Computed);
        }

        foreach (var (key, reported) in _reported)
        {
            yield return new RawPlatformUse(key.Uai, key.Platform, key.Role, reported.UniqueVisitors,
                reported.HasConnections ? reported.Connections : null, reported.Provisioned, reported.Activated,
                FigureBasis.Reported);
        }
    }

    /// <summary>
    /// Active students of an establishment: distinct across per-user sources when there are any, else the largest
    /// figure a platform reported, a lower bound because one pupil may use several platforms.
    /// </summary>
    public long? ActiveStudents(string uai)
    {
        if (_studentsByUai.TryGetValue(uai, out var students))
        {
            return students.Count;
        }

        long? best = null;
        foreach (var (key, reported) in _reported)
        {
            if (key.Uai == uai && key.Role == PlatformRole.Student && reported.UniqueVisitors is { } visitors)
            {
                best = Math.Max(best ?? 0, visitors);
            }
        }

        return best;
    }

    private sealed class Computed
    {
        public HashSet<string> People { get; } = new(StringComparer.Ordinal);

        public long Connections { get; set; }
    }

    private sealed class Reported
    {
        public long Connections { get; set; }

        public bool HasConnections { get; set; }

        public long? UniqueVisitors { get; set; }

        public long? Provisioned { get; set; }

        public long? Activated { get; set; }
    }
}

/// <summary>Platform use before suppression.</summary>
internal sealed record RawPlatformUse(
    string Uai, string Platform, PlatformRole Role, long? ActiveUsers, long? Connections, long? Provisioned,
    long? Activated, FigureBasis Basis);
