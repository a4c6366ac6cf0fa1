using FiscalAudit.Core.Documents;

namespace FiscalAudit.Ingest.Text.Box;

/// <summary>
/// Reads a table drawn with box characters (<see cref="BoxRegion"/>). The rules' junctions are the column boundaries; a
/// cell between two bars of a row line spans the boundaries it covers (a merged cell: an inner bar missing). When rules
/// separate the rows, the lines between two rules are one row, a cell's text wrapped over them joined; otherwise each line
/// is a row (box-tables.json).
/// </summary>
internal static class BoxTableReader
{
    /// <summary>How many columns a character takes: one each, by display width, by display width with box characters wide.</summary>
    private static readonly Func<char, int>[] Measures = [_ => 1, DisplayWidth.Of, c => BoxShape.IsBoxCharacter(c) ? 2 : DisplayWidth.Of(c)];

    /// <summary>The table; null when it has no cell with text.</summary>
    public static TableBlock? Read(IReadOnlyList<string> lines, BoxRegion region, string file)
    {
        var text = Enumerable.Range(region.First, region.Last - region.First + 1)
            .Select(i => (Line: i, Text: lines[i].Replace("\f", string.Empty))).Where(l => l.Text.Trim().Length > 0).ToList();
        var rules = text.Where(l => BoxShape.IsRule(l.Text)).Select(l => l.Text).ToList();
        var rowLines = text.Where(l => !BoxShape.IsRule(l.Text)).Select(l => l.Text).ToList();
        var measure = Measures.MaxBy(m => Fit(rules, rowLines, m))!;
        var boundaries = Boundaries(rules, rowLines, measure);

        var groups = new List<List<(int Line, string Text)>> { new() };
        foreach (var line in text)
        {
            if (BoxShape.IsRule(line.Text)) groups.Add([]);
            else groups[^1].Add(line);
        }
        groups.RemoveAll(g => g.Count == 0);
        var ruled = groups.Count >= BoxShape.Limits.MinimumRuledGroups;
        var rows = (ruled ? groups : groups.SelectMany(g => g.Select(l => new List<(int, string)> { l })))
            .Select(g => Row(g, boundaries, measure, file))
            .Where(r => r.Cells.Any(c => c.Text.Length > 0)).ToList();
        return rows.Count == 0 ? null : new TableBlock(rows, rows[0].Location.Through(rows[^1].Location));
    }

    /// <summary>How many bars of the row lines fall on a junction of a rule under <paramref name="measure"/>.</summary>
    private static int Fit(List<string> rules, List<string> rowLines, Func<char, int> measure)
    {
        var junctions = Junctions(rules, measure);
        return rowLines.Sum(l => Bars(l, measure).Count(b => junctions.Contains(b.At)));
    }

    private static HashSet<int> Junctions(List<string> rules, Func<char, int> measure) =>
        rules.SelectMany(r => Positions(r, measure).Where(p => BoxShape.IsJunction(r[p.Index])).Select(p => p.At)).ToHashSet();

    /// <summary>The column boundaries: the rules' junctions, and the row lines' bars too when the rules draw no inner column.</summary>
    private static int[] Boundaries(List<string> rules, List<string> rowLines, Func<char, int> measure)
    {
        var boundaries = Junctions(rules, measure);
        if (boundaries.Count < 3) boundaries.UnionWith(rowLines.SelectMany(l => Bars(l, measure).Select(b => b.At)));
        return boundaries.Order().ToArray();
    }

    /// <summary>Each character's index and the column it starts at.</summary>
    private static IEnumerable<(int Index, int At)> Positions(string line, Func<char, int> measure)
    {
        var at = 0;
        for (var i = 0; i < line.Length; i++)
        {
            yield return (i, at);
            at += measure(line[i]);
        }
    }

    private static List<(int Index, int At)> Bars(string line, Func<char, int> measure) =>
        Positions(line, measure).Where(p => BoxShape.IsVertical(line[p.Index])).ToList();

    /// <summary>One row from its lines: the first line's cells, the text of the lines under it joined into the cells they fall in.</summary>
    private static SourceRow Row(List<(int Line, string Text)> group, int[] boundaries, Func<char, int> measure, string file)
    {
        var location = new SourceLocation(file, Line: group[0].Line + 1);
        var cells = Cells(group[0].Text, boundaries, measure, location);
        foreach (var (_, text) in group.Skip(1))
            foreach (var more in Cells(text, boundaries, measure, location).Where(c => c.Text.Length > 0))
            {
                var k = cells.FindIndex(c => c.Column <= more.Column && more.Column < c.Column + c.ColumnSpan);
                if (k < 0) cells.Add(more);
                else cells[k] = cells[k] with { Text = ParagraphJoiner.Join(cells[k].Text, more.Text) };
            }
        return new SourceRow(cells.OrderBy(c => c.Column).ToList(), location);
    }

    /// <summary>The cells of a row line: the text between two bars (or after the last one), spanning the boundaries it covers.</summary>
    private static List<SourceCell> Cells(string line, int[] boundaries, Func<char, int> measure, SourceLocation location)
    {
        var bars = Bars(line, measure);
        var width = line.Sum(measure);
        var cells = new List<SourceCell>();
        var free = 0;
        for (var k = 0; k < bars.Count; k++)
        {
            var (from, start) = bars[k];
            var (to, end) = k + 1 < bars.Count ? bars[k + 1] : (line.Length, width);
            var cellText = Markup.Clean(line[(from + 1)..to].Trim());
            if (k + 1 == bars.Count && cellText.Length == 0) break;
            var column = Math.Max(free, Nearest(boundaries, start));
            var span = Math.Max(1, Nearest(boundaries, end) - column);
            cells.Add(new SourceCell(cellText, column, location, span));
            free = column + span;
        }
        return cells;
    }

    /// <summary>The index of the boundary nearest to column <paramref name="at"/>.</summary>
    private static int Nearest(int[] boundaries, int at)
    {
        if (boundaries.Length == 0) return 0;
        var k = Array.BinarySearch(boundaries, at);
        if (k >= 0) return k;
        k = ~k;
        if (k == 0) return 0;
        if (k == boundaries.Length) return k - 1;
        return at - boundaries[k - 1] <= boundaries[k] - at ? k - 1 : k;
    }
}
