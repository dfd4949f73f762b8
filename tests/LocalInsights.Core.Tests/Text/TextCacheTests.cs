using LocalInsights.Core.Text;

namespace LocalInsights.Core.Tests.Text;

public sealed class TextCacheTests
{
    [Fact]
    public void Values_AreFoundBySpan()
    {
        var cache = new TextCache<int>(4);
        cache.Set("0350022J".AsSpan(), 7);

        Assert.True(cache.TryGetValue("x;0350022J;y".AsSpan(2, 8), out var value));
        Assert.Equal(7, value);
        Assert.False(cache.TryGetValue("0350022j".AsSpan(), out _));
    }

    [Fact]
    public void FullCache_StartsAgainInsteadOfGrowing()
    {
        var cache = new TextCache<int>(3);
        foreach (var key in new[] { "a", "b", "c", "d" })
        {
            cache.Set(key.AsSpan(), key[0]);
        }

        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryGetValue("d".AsSpan(), out _));
        Assert.False(cache.TryGetValue("a".AsSpan(), out _));
    }

    [Fact]
    public void Set_ReplacesTheLastValueFound()
    {
        var cache = new TextCache<int>(4);
        cache.Set("a".AsSpan(), 1);
        cache.Set("b".AsSpan(), 2);

        Assert.True(cache.TryGetValue("a".AsSpan(), out var first));
        cache.Set("a".AsSpan(), 3);
        Assert.True(cache.TryGetValue("a".AsSpan(), out var replaced));
        Assert.True(cache.TryGetValue("b".AsSpan(), out var other));

        Assert.Equal(1, first);
        Assert.Equal(3, replaced);
        Assert.Equal(2, other);
    }

    [Fact]
    public void FullCache_ForgetsTheLastValueFound()
    {
        var cache = new TextCache<int>(1);
        cache.Set("a".AsSpan(), 1);
        Assert.True(cache.TryGetValue("a".AsSpan(), out _));

        cache.Set("b".AsSpan(), 2);

        Assert.False(cache.TryGetValue("a".AsSpan(), out _));
    }

    [Fact]
    public void RepeatedKeys_ThenOthers_FoundWithTheirValues()
    {
        var cache = new TextCache<int>(16);
        cache.Set("2026-11-01".AsSpan(), 1);
        cache.Set("2026-11-02".AsSpan(), 2);

        var repeated = Enumerable.Range(0, 5000).All(_ => cache.TryGetValue("2026-11-01".AsSpan(), out var day)
            && day == 1);
        var alternating = Enumerable.Range(0, 5000).All(index =>
            cache.TryGetValue(index % 2 == 0 ? "2026-11-02".AsSpan() : "2026-11-01".AsSpan(), out var day)
            && day == 2 - (index % 2));

        Assert.True(repeated);
        Assert.True(alternating);
        Assert.False(cache.TryGetValue("2026-11-03".AsSpan(), out _));
    }
}
