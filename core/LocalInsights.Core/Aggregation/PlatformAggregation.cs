using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;
using LocalInsights.Core.Storage;
using LocalInsights.Core.Text;

namespace LocalInsights.Core.Aggregation;

/// <summary>
/// Platform use per establishment, platform and role. Per-user records give distinct counts computed here;
/// aggregated statistics are taken as the source reported them for the month, never summed across periods.
/// </summary>
/// <remarks>
/// <para>
/// Memory grows with the number of distinct people per establishment and platform, not with rows. Each distinct
/// pseudonym gets a number once, found by its <see cref="TextKeyHash"/>, and the sets of people contain numbers
/// (<see cref="PersonSet"/>). Records of a binary activity file arrive as indexes into the file's string tables. The
/// numbers of its people and its groups are looked up once per index, and a person already counted in the group of
/// its previous record is not added again, so most records cost a few array reads.
/// </para>
/// <para>
/// With <c>onePeopleFile</c> set, the caller states that a single file of per-user records feeds this aggregation.
/// Its person indexes, which name each pseudonym once, then serve as the numbers, with no table of pseudonyms, and
/// the people of a summary's groups go into the sets as they are.
/// </para>
/// </remarks>
internal sealed class PlatformAggregation(PullWindow window, bool onePeopleFile = false) : IActivitySink
{
    private readonly Dictionary<(string Uai, string Platform, PlatformRole Role), Computed> _computed = [];
    private readonly Dictionary<string, PersonSet> _studentsByUai = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Uai, string Platform, PlatformRole Role), Reported> _reported = [];
    private readonly HashedTextTable<int> _personNumbers = new();
    private readonly int _fromDay = window.From.DayNumber;
    private readonly int _toDay = window.To.DayNumber;

    // Numbers of the file being read: person index to person number, (platform, UAI, role) to its group.
    private ActivityRecordFileReader? _file;
    private int[] _filePeople = [];
    private readonly Dictionary<(int Platform, int Uai, PlatformRole Role), Group> _fileGroups = [];
    private (int Platform, int Uai, PlatformRole Role) _lastKey = (-1, -1, PlatformRole.Unknown);
    private Group? _lastGroup;

    // The id of the group each person number was last counted in, -1 before its first.
    private int[] _lastGroupOfPerson = [];

    public void Add(PlatformActivity activity)
    {
        if (window.Contains(activity.Day))
        {
            Count(GroupOf(activity.Uai, activity.Platform, activity.Role),
                PersonNumber(TextKeyHash.Of(activity.PersonPseudonym)), activity.Connections);
        }
    }

    public bool Covers(int firstDay, int lastDay) => firstDay >= _fromDay && lastDay <= _toDay;

    public void Add(ActivitySummary summary)
    {
        if (onePeopleFile)
        {
            foreach (var group in summary.Groups)
            {
                var target = GroupOf(summary.Uais[group.Uai], summary.Platforms[group.Platform], group.Role);
                target.Computed.People.AddDistinct(group.People);
                target.Students?.AddDistinct(group.People);
                target.Computed.Connections += group.Connections;
            }

            return;
        }

        var numbers = new int[summary.People.Count];
        Array.Fill(numbers, -1);
        foreach (var group in summary.Groups)
        {
            var target = GroupOf(summary.Uais[group.Uai], summary.Platforms[group.Platform], group.Role);
            foreach (var person in group.People)
            {
                if (numbers[person] < 0)
                {
                    numbers[person] = PersonNumber(summary.PersonKey(person));
                }

                Count(target, numbers[person], 0);
            }

            target.Computed.Connections += group.Connections;
        }
    }

    public void Add(in ActivityEntry entry, ActivityRecordFileReader file)
    {
        if (entry.DayNumber < _fromDay || entry.DayNumber > _toDay)
        {
            return;
        }

        if (!ReferenceEquals(file, _file))
        {
            _file = file;
            _filePeople = [];
            _fileGroups.Clear();
            _lastGroup = null;
        }

        var key = (entry.Platform, entry.Uai, entry.Role);
        if (_lastGroup is null || key != _lastKey)
        {
            if (!_fileGroups.TryGetValue(key, out var group))
            {
                group = GroupOf(file.GetString(ActivityFileFormat.UaiTable, entry.Uai),
                    file.GetString(ActivityFileFormat.PlatformTable, entry.Platform), entry.Role);
                _fileGroups.Add(key, group);
            }

            _lastKey = key;
            _lastGroup = group;
        }

        Count(_lastGroup, FilePersonNumber(entry.Person, file), entry.Connections);
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

    private void Count(Group group, int person, int connections)
    {
        var computed = group.Computed;
        computed.Connections += connections;
        IndexArray.EnsureIndex(ref _lastGroupOfPerson, person);
        if (_lastGroupOfPerson[person] == computed.Id)
        {
            return;
        }

        _lastGroupOfPerson[person] = computed.Id;
        computed.People.Add(person);
        group.Students?.Add(person);
    }

    private Group GroupOf(string uai, string platform, PlatformRole role)
    {
        var key = (uai, platform, role);
        if (!_computed.TryGetValue(key, out var computed))
        {
            computed = new Computed(_computed.Count);
            _computed[key] = computed;
        }

        PersonSet? students = null;
        if (role == PlatformRole.Student && !_studentsByUai.TryGetValue(uai, out students))
        {
            students = new PersonSet();
            _studentsByUai[uai] = students;
        }

        return new Group(computed, students);
    }

    private int PersonNumber(TextKeyHash pseudonym)
    {
        if (!_personNumbers.TryGetValue(pseudonym, out var number))
        {
            number = _personNumbers.Count;
            _personNumbers.Set(pseudonym, number);
        }

        return number;
    }

    /// <summary>Returns the number of person <paramref name="index"/> of the file, looking it up once.</summary>
    private int FilePersonNumber(int index, ActivityRecordFileReader file)
    {
        if (onePeopleFile)
        {
            return index;
        }

        IndexArray.EnsureIndex(ref _filePeople, index);

        var number = _filePeople[index];
        if (number < 0)
        {
            number = PersonNumber(TextKeyHash.Of(file.GetString(ActivityFileFormat.PersonTable, index)));
            _filePeople[index] = number;
        }

        return number;
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

    /// <summary>The figures one record adds to: its group's, and its establishment's students for a student.</summary>
    private sealed record Group(Computed Computed, PersonSet? Students);

    /// <summary>The figures of one establishment, platform and role, with an id that counts from 0.</summary>
    private sealed class Computed(int id)
    {
        public int Id { get; } = id;

        public PersonSet People { get; } = new();

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
