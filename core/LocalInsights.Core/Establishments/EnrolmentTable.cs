namespace LocalInsights.Core.Establishments;

/// <summary>
/// The most recent pupil count of each establishment across the enrolment files. Between two figures of the same
/// school year, the one offered first wins, so the order of the files decides ties.
/// </summary>
internal sealed class EnrolmentTable
{
    private readonly Dictionary<string, (int Year, int Pupils)> _latest = new(StringComparer.Ordinal);

    public void Offer(string uai, int year, int pupils)
    {
        if (!_latest.TryGetValue(uai, out var current) || year > current.Year)
        {
            _latest[uai] = (year, pupils);
        }
    }

    public int? PupilsOf(string uai) => _latest.TryGetValue(uai, out var figure) ? figure.Pupils : null;
}
