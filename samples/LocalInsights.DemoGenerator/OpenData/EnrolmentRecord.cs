namespace LocalInsights.DemoGenerator.OpenData;

/// <summary>The latest enrolment figures one enrolment file gives for one establishment.</summary>
internal sealed record EnrolmentRecord(string Name, int Pupils, int? ElementaryPupils = null, int? Classes = null);

/// <summary>Keeps, for each code, the record of the latest school year seen.</summary>
internal sealed class LatestByCode
{
    private readonly Dictionary<string, (string Year, EnrolmentRecord Record)> _latest = new(StringComparer.Ordinal);

    public IEnumerable<string> Codes => _latest.Keys;

    public void Offer(string code, string year, EnrolmentRecord record)
    {
        if (!_latest.TryGetValue(code, out var current) || string.CompareOrdinal(year, current.Year) > 0)
        {
            _latest[code] = (year, record);
        }
    }

    public EnrolmentRecord? Find(string code) => _latest.TryGetValue(code, out var found) ? found.Record : null;
}
