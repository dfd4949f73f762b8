using LocalInsights.Core.Model;
using LocalInsights.Core.Storage;

namespace LocalInsights.Core.Aggregation;

/// <summary>Adds up data-quality observations by source, kind, subject and file.</summary>
internal sealed class QualityAggregation
{
    private readonly Dictionary<(string Source, QualityIssueKind Kind, string Subject, string? File), Entry> _entries
        = [];

    public void Add(QualityObservation observation)
    {
        var key = (observation.Source, observation.Kind, observation.Subject, observation.File);
        if (!_entries.TryGetValue(key, out var entry))
        {
            entry = new Entry(observation.Detail);
            _entries[key] = entry;
        }

        entry.Count += observation.Count;
    }

    public void AddRange(IEnumerable<QualityObservation> observations)
    {
        foreach (var observation in observations)
        {
            Add(observation);
        }
    }

    public void AddRange(IEnumerable<DataQualityFact> facts)
    {
        foreach (var fact in facts)
        {
            Add(new QualityObservation
            {
                Source = fact.Source, Kind = fact.Kind, Subject = fact.Subject, File = fact.File, Count = fact.Count,
                Detail = fact.Detail,
            });
        }
    }

    public void AddRejects(PullManifest manifest)
    {
        if (manifest.RejectedRows > 0)
        {
            Add(new QualityObservation
            {
                Source = manifest.Connector, Kind = QualityIssueKind.RejectedRows, Subject = "rows rejected",
                File = manifest.RejectsPath, Count = manifest.RejectedRows,
                Detail = "each row, with its file, line, field, value and reason, is listed in the rejects file",
            });
        }
    }

    public IReadOnlyList<DataQualityFact> ToFacts() =>
        _entries.OrderBy(pair => pair.Key.Kind)
            .ThenBy(pair => pair.Key.Source, StringComparer.Ordinal)
            .ThenBy(pair => pair.Key.Subject, StringComparer.Ordinal)
            .ThenBy(pair => pair.Key.File, StringComparer.Ordinal)
            .Select(pair => new DataQualityFact
            {
                Source = pair.Key.Source, Kind = pair.Key.Kind, Subject = pair.Key.Subject, File = pair.Key.File,
                Count = pair.Value.Count, Detail = pair.Value.Detail,
            })
            .ToList();

    private sealed class Entry(string? detail)
    {
        public string? Detail { get; } = detail;

        public long Count { get; set; }
    }
}
