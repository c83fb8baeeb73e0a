using System;

namespace CrmJourney.Cli.Bench;

/// <summary>
/// The bench dataset's row ids: one range per kind of row, growing with the row's index, so accounts come
/// out of an accountid-ordered query in the order they were generated (page k holds accounts
/// 5,000(k−1) to 5,000k−1) and two builds with the same options give the same ids.
/// </summary>
public static class BenchIds
{
    /// <summary>The id of the <paramref name="index"/>-th row of <paramref name="kind"/>.</summary>
    public static Guid For(BenchRowKind kind, int index) =>
        new(index, (short)kind, 0x4000, 0x80, 0, 0, 0, 0, 0, 0, 0xbe);
}
