using LocalInsights.Core.Text;

namespace LocalInsights.Core.Connectors;

/// <summary>
/// The people of one pull: each identifier's number, found by the <see cref="TextKeyHash"/> of the identifier text as
/// the pseudonymiser normalises it (<see cref="Privacy.Pseudonymizer.IdentifierKey"/>).
/// The table keeps neither the identifiers nor the pseudonyms, and takes 16 to 32 bytes per person.
/// </summary>
/// <remarks>
/// The table contains at most <see cref="Capacity"/> people: when full it is emptied and fills again, so memory
/// stays bounded.
/// </remarks>
internal sealed class PersonTable(int capacity)
{
    private readonly HashedTextTable<int> _numbers = new();

    public int Capacity { get; } = capacity;

    public int Count => _numbers.Count;

    /// <summary>True once the table was emptied because it was full.</summary>
    public bool Restarted { get; private set; }

    /// <summary>Looks up the person of <paramref name="hash"/> and returns its number.</summary>
    public bool TryGet(TextKeyHash hash, out int number) => _numbers.TryGetValue(hash, out number);

    /// <summary>Adds a person not in the table, emptying the table first when it is full.</summary>
    public void Add(TextKeyHash hash, int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        if (Count >= Capacity)
        {
            _numbers.Clear();
            Restarted = true;
        }

        _numbers.Set(hash, number);
    }

    /// <summary>Prefetches the slot of <paramref name="hash"/>, as the table of numbers does.</summary>
    public void Prefetch(TextKeyHash hash) => _numbers.Prefetch(hash);
}
