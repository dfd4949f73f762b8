using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace LocalInsights.Core.Text;

/// <summary>
/// Asks the processor to fetch an array element into its caches without waiting for it. Code that looks up many
/// keys in tables larger than the caches prefetches the elements of keys a little ahead of the one it reads, so that
/// several memory reads overlap.
/// </summary>
internal static class MemoryPrefetch
{
    /// <summary>
    /// Prefetches <paramref name="array"/>[<paramref name="index"/>], or does nothing when the index is outside the
    /// array or the processor has no SSE prefetch instruction.
    /// </summary>
    public static unsafe void Element<T>(T[] array, int index)
    {
        if (Sse.IsSupported && (uint)index < (uint)array.Length)
        {
            // The array is not pinned: if it moves, the processor fetches an address no longer used, which is
            // harmless because a prefetch never faults.
            Sse.Prefetch0(Unsafe.AsPointer(ref array[index]));
        }
    }
}
