using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Text;

namespace FiscalAudit.Ingest.Text.Spaced;

/// <summary>
/// Reads the rows of a table laid out with spaces (<see cref="SpacedRegion"/>). Each data line is a row, its fields in the
/// columns they line up with (<see cref="SpacedColumns"/>). A line of names without figures joins the row above or below
/// whose own line leaves those columns empty (names wrapped over and under their figures), else, when it is one name
/// that starts no item, the row above (a name going on under its first line); otherwise it is a row of its own (names
/// whose amounts are blank, “十、节能环保支出”). The header lines above make one header row for each
/// group of lines between blank lines, their words joined column by column. A page number, and a header repeated after a
/// page break, are left out.
/// </summary>
internal static class SpacedTableReader
{
    /// <summary>One row: the cells of its own line, and the wrapped text found above and below it, by column.</summary>
    private sealed class Row(int line, string[] own)
    {
        public int Line { get; } = line;

        public string[] Own { get; } = own;

        public List<string>[] Before { get; } = own.Select(_ => new List<string>()).ToArray();

        public List<string>[] After { get; } = own.Select(_ => new List<string>()).ToArray();

        public string Cell(int column) => Before[column].Append(Own[column]).Concat(After[column]).Where(t => t.Length > 0).Aggregate(string.Empty, ParagraphJoiner.Join);
    }

    public static List<SourceRow> Read(IReadOnlyList<string> lines, SpacedRegion region, string file)
    {
        var fields = new Dictionary<int, List<SpacedField>>();
        var pages = new Dictionary<int, int>();
        var page = 0;
        for (var i = region.First; i <= region.Last; i++)
        {
            page += lines[i].Count(c => c == '\f');
            pages[i] = page;
            if (SpacedLine.Fields(lines[i]) is { Count: > 0 } f) fields[i] = f;
        }
        var data = fields.Where(f => f.Key >= region.Body && SpacedShape.IsData(f.Value)).ToDictionary(f => f.Key, f => f.Value);
        var model = data.Count > 0 ? data : Widest(fields.Where(f => f.Key < region.Body));
        var count = ColumnCount(model.Values);
        var columns = new SpacedColumns(count, model.Where(d => d.Value.Count == count).Select(d => (pages[d.Key], d.Value)).ToList())
            .Refined(model.Select(d => (pages[d.Key], SpacedLine.Fit(d.Value, count))));
        SourceLocation at(int i) => new(file, Line: i + 1);

        var result = HeaderRows(lines, region, fields, pages, columns, at);
        var repeated = fields.Where(f => f.Key < region.Body || (f.Key == region.Body && !SpacedShape.HasDecimals(f.Value))).Select(f => Spaceless.Of(lines[f.Key])).ToHashSet();
        var rows = new SortedList<int, Row>();
        var fragments = new List<int>();
        foreach (var (i, f) in fields.Where(f => f.Key >= region.Body))
        {
            if (i > region.Body && (SpacedShape.IsPageNumber(f) || SpacedShape.IsCodePartLine(f) || repeated.Contains(Spaceless.Of(lines[i])))) continue;
            if (data.ContainsKey(i)) rows.Add(i, Own(i, f, count, pages[i], columns));
            else fragments.Add(i);
        }
        foreach (var i in fragments) Place(i, Own(i, fields[i], count, pages[i], columns), rows, lines);
        result.AddRange(rows.Values.Select(r => new SourceRow(Enumerable.Range(0, count).Select(c => new SourceCell(r.Cell(c), c, at(r.Line))).ToList(), at(r.Line))));
        return result;
    }

    /// <summary>A table without figures (an empty table: its header and 合计): its columns are those of its widest header line.</summary>
    private static Dictionary<int, List<SpacedField>> Widest(IEnumerable<KeyValuePair<int, List<SpacedField>>> header)
    {
        var widest = header.MaxBy(h => h.Value.Count);
        return widest.Value is null ? [] : new() { [widest.Key] = widest.Value };
    }

    /// <summary>The number of columns: the most fields a data line has, on two lines at least (one line may hold a name split by a wide space).</summary>
    private static int ColumnCount(IEnumerable<List<SpacedField>> data)
    {
        var counts = data.GroupBy(f => f.Count).Select(g => (Fields: g.Key, Lines: g.Count())).ToList();
        return counts.Where(c => c.Lines >= 2).Select(c => c.Fields).DefaultIfEmpty(counts.Max(c => c.Fields)).Max();
    }

    private static Row Own(int line, List<SpacedField> fields, int count, int page, SpacedColumns columns)
    {
        var fitted = SpacedLine.Fit(fields, count);
        var own = new string[count];
        Array.Fill(own, string.Empty);
        var at = columns.Align(fitted, page);
        for (var k = 0; k < fitted.Count; k++) own[at[k]] = fitted[k].Text;
        return new Row(line, own);
    }

    /// <summary>A line of names without figures: joined to a row of its group of lines, or a row itself.</summary>
    private static void Place(int line, Row names, SortedList<int, Row> rows, IReadOnlyList<string> lines)
    {
        var filled = Enumerable.Range(0, names.Own.Length).Where(c => names.Own[c].Length > 0).ToList();
        var up = Neighbour(rows, lines, line, -1);
        var down = Neighbour(rows, lines, line, +1);
        var continues = filled.Count == 1 && !ItemStart.IsMatch(names.Own[filled[0]]);
        if (up is not null && filled.All(c => up.Own[c].Length == 0)) Join(names, filled, up.After);
        else if (down is not null && filled.All(c => down.Own[c].Length == 0)) Join(names, filled, down.Before);
        else if (up is not null && continues) Join(names, filled, up.After);
        else if (down is not null && continues) Join(names, filled, down.Before);
        else rows.Add(line, names);
    }

    private static void Join(Row names, List<int> filled, List<string>[] into)
    {
        foreach (var c in filled) into[c].Add(names.Own[c]);
    }

    /// <summary>The nearest row above (−1) or below (+1) <paramref name="line"/> in its group of lines: no blank line and no page break between.</summary>
    private static Row? Neighbour(SortedList<int, Row> rows, IReadOnlyList<string> lines, int line, int step)
    {
        for (var i = line; ; i += step)
        {
            var next = i + step;
            if (next < 0 || next >= lines.Count || lines[next].Trim().Length == 0) return null;
            if ((step > 0 ? lines[next] : lines[i]).Contains('\f')) return null;
            if (rows.TryGetValue(next, out var row)) return row;
        }
    }

    /// <summary>
    /// One header row for each group of header lines between blank lines: their words column by column. A line of the
    /// classification code's parts alone (“类 款 项”) is left out: the code's parts are read as one code.
    /// </summary>
    private static List<SourceRow> HeaderRows(IReadOnlyList<string> lines, SpacedRegion region, Dictionary<int, List<SpacedField>> fields, Dictionary<int, int> pages, SpacedColumns columns, Func<int, SourceLocation> at)
    {
        var rows = new List<SourceRow>();
        var group = new List<int>();
        for (var i = region.First; i <= region.Body; i++)
        {
            var parts = i < region.Body && fields.TryGetValue(i, out var f) && SpacedShape.IsCodePartLine(f);
            if (fields.ContainsKey(i) && i < region.Body && !parts)
            {
                group.Add(i);
                continue;
            }
            if (group.Count > 0) rows.Add(HeaderRow(group, fields, pages, columns, at));
            group.Clear();
        }
        return rows;
    }

    private static SourceRow HeaderRow(List<int> group, Dictionary<int, List<SpacedField>> fields, Dictionary<int, int> pages, SpacedColumns columns, Func<int, SourceLocation> at)
    {
        var cells = Enumerable.Range(0, columns.Count).Select(_ => new List<string>()).ToArray();
        foreach (var g in group)
        {
            var words = fields[g].SelectMany(f => columns.Overlapped(f, pages[g]) > 1 ? SpacedLine.Words(f) : [f]).ToList();
            var placed = columns.AlignShared(words, pages[g]);
            for (var k = 0; k < words.Count; k++) cells[placed[k]].Add(words[k].Text);
        }
        var location = at(group[0]);
        return new SourceRow(cells.Select((c, k) => new SourceCell(c.Aggregate(string.Empty, ParagraphJoiner.JoinItems), k, location)).ToList(), location);
    }
}
