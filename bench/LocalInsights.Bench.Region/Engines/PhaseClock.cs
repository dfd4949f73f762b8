using System.Diagnostics;

namespace LocalInsights.Bench.Region.Engines;

/// <summary>Wall-clock time of the named steps of one run, in the order they ran.</summary>
internal sealed class PhaseClock
{
    private readonly List<PhaseTiming> _phases = [];

    public IReadOnlyList<PhaseTiming> Phases => _phases;

    public async Task<T> TimeAsync<T>(string name, Func<Task<T>> step)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await step().ConfigureAwait(false);
        Add(name, Stopwatch.GetElapsedTime(started).TotalSeconds);
        return result;
    }

    public T Time<T>(string name, Func<T> step)
    {
        var started = Stopwatch.GetTimestamp();
        var result = step();
        Add(name, Stopwatch.GetElapsedTime(started).TotalSeconds);
        return result;
    }

    /// <summary>Adds <paramref name="seconds"/> to the phase <paramref name="name"/>, creating it when new.</summary>
    public void Add(string name, double seconds)
    {
        var index = _phases.FindIndex(phase => phase.Name == name);
        if (index < 0)
        {
            _phases.Add(new PhaseTiming(name, seconds));
        }
        else
        {
            _phases[index] = _phases[index] with { Seconds = _phases[index].Seconds + seconds };
        }
    }
}

/// <summary>Wall-clock seconds of one step of a run.</summary>
internal sealed record PhaseTiming(string Name, double Seconds);
