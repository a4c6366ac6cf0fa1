using System.Text.RegularExpressions;

namespace FiscalAudit.Ingest.Text;

/// <summary>
/// GFM pipe tables written without the bars at the ends of their lines (“项 目 | 行次 | 金 额” over “--- | :---: | ---”), as
/// GFM allows and some converters write them: the bars are put back, so that the lines read as the pipe table they are. A
/// table is known by its delimiter row right under a header line with as many cells; its rows are the lines after it
/// that part cells with a bar.
/// </summary>
internal static partial class PipeTableBars
{
    /// <summary>A delimiter row: two or more “---”, “:---”, “:---:” parted by bars, perhaps with a bar at either end.</summary>
    [GeneratedRegex(@"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?$")]
    private static partial Regex Delimiter();

    [GeneratedRegex(@":?-{3,}:?")]
    private static partial Regex DelimiterCell();

    /// <summary>A bar parting cells (not an escaped “\|”, a bar in a cell's text).</summary>
    [GeneratedRegex(@"(?<!\\)\|")]
    public static partial Regex CellBar();

    /// <summary>Puts the end bars back on the lines of each pipe table of <paramref name="lines"/> written without them.</summary>
    public static void Close(string[] lines)
    {
        for (var i = 1; i < lines.Length; i++)
        {
            var delimiter = lines[i].Trim();
            if (!Delimiter().IsMatch(delimiter) || (delimiter.StartsWith('|') && delimiter.EndsWith('|'))) continue;
            var width = DelimiterCell().Count(delimiter);
            if (Closed(lines[i - 1], width) is not { } header) continue;
            lines[i - 1] = header;
            lines[i] = "|" + string.Concat(Enumerable.Repeat(" --- |", width));
            for (i++; i < lines.Length && CellBar().IsMatch(lines[i]); i++) lines[i] = Closed(lines[i], width) ?? lines[i];
        }
    }

    /// <summary>
    /// A row of a table <paramref name="width"/> cells wide with both end bars: one parted into as many cells gets both, one
    /// into one more with a bar at one end the bar missing at its other end (an empty first or last cell keeps its place); null
    /// for any other line.
    /// </summary>
    private static string? Closed(string line, int width)
    {
        var t = line.Trim();
        var parts = CellBar().Split(t).Length;
        if (parts == width) return "| " + t + " |";
        if (parts != width + 1) return null;
        if (t.StartsWith('|')) return t + " |";
        return t.EndsWith('|') && !t.EndsWith(@"\|", StringComparison.Ordinal) ? "| " + t : null;
    }
}
