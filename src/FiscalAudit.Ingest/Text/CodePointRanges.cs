namespace FiscalAudit.Ingest.Text;

/// <summary>Ranges of code points as the data files write them: hexadecimal bounds, inclusive (["4E00", "9FFF"]; one bound alone is a range of one).</summary>
internal static class CodePointRanges
{
    public static (int First, int Last)[] Parse(IEnumerable<string[]> ranges) =>
        ranges.Select(r => (Convert.ToInt32(r[0], 16), Convert.ToInt32(r[^1], 16))).ToArray();

    /// <summary>True when <paramref name="code"/> lies in one of <paramref name="ranges"/>.</summary>
    public static bool Contains((int First, int Last)[] ranges, int code)
    {
        foreach (var (first, last) in ranges)
            if (code >= first && code <= last) return true;
        return false;
    }
}
