using LocalInsights.Core.Text;

namespace LocalInsights.Core.Tests.Text;

public sealed class HashedTextTableTests
{
    [Fact]
    public void ManyKeys_KeepTheirValuesAcrossGrowth()
    {
        var table = new HashedTextTable<int>();
        for (var index = 0; index < 50_000; index++)
        {
            table.Set(TextKeyHash.Of($"device-{index}"), index);
        }

        Assert.Equal(50_000, table.Count);
        for (var index = 0; index < 50_000; index += 7)
        {
            Assert.True(table.TryGetValue(TextKeyHash.Of($"device-{index}"), out var value));
            Assert.Equal(index, value);
        }

        Assert.False(table.TryGetValue(TextKeyHash.Of("device-50000"), out _));
    }

    [Fact]
    public void Set_ExistingKey_ReplacesItsValue()
    {
        var table = new HashedTextTable<(int Position, int Day)>();
        table.Set(TextKeyHash.Of("a"), (1, 10));
        table.Set(TextKeyHash.Of("a"), (1, 20));

        Assert.Equal(1, table.Count);
        Assert.True(table.TryGetValue(TextKeyHash.Of("a"), out var value));
        Assert.Equal((1, 20), value);
    }

    [Fact]
    public void Clear_RemovesEveryKey()
    {
        var table = new HashedTextTable<int>();
        table.Set(TextKeyHash.Of("a"), 1);
        table.Clear();

        Assert.Equal(0, table.Count);
        Assert.False(table.TryGetValue(TextKeyHash.Of("a"), out _));
    }

    [Fact]
    public void Hash_TellsCaseAndLengthApart()
    {
        string[] keys = ["user.7@ent.fr", "User.7@ent.fr", "user.7@ent.f", "user.7@ent.fr ", string.Empty];

        Assert.Equal(keys.Length, keys.Select(key => TextKeyHash.Of(key)).Distinct().Count());
    }

    [Theory]
    [InlineData("d7363ca5-ec6c-4b1a-9f0e-0123456789ab", "D7363CA5-EC6C-4B1A-9F0E-0123456789AB")]
    [InlineData("Élève", "éLÈVE")]
    public void HashIgnoringCase_MatchesKeysThatDifferByCase(string key, string other)
    {
        Assert.Equal(TextKeyHash.OfIgnoringCase(key), TextKeyHash.OfIgnoringCase(other));
        Assert.NotEqual(TextKeyHash.OfIgnoringCase(key), TextKeyHash.OfIgnoringCase(other + "x"));
    }

    [Fact]
    public void HashIgnoringCase_FoldsLongKeys()
    {
        var key = new string('a', 1000) + "Z";

        Assert.Equal(TextKeyHash.OfIgnoringCase(key), TextKeyHash.OfIgnoringCase(key.ToUpperInvariant()));
        Assert.NotEqual(TextKeyHash.OfIgnoringCase(key), TextKeyHash.OfIgnoringCase(key + "a"));
    }
}
