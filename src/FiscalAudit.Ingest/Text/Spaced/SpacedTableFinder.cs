namespace FiscalAudit.Ingest.Text.Spaced;

/// <summary>
/// Finds the tables of a plain text laid out with runs of spaces: runs of data lines (<see cref="SpacedShape.IsData"/>)
/// with blank lines, page breaks, wrapped names and rows without figures between them, the header lines above the first,
/// and the wrapped names under the last. Captions, notes and sentences end a table; prose is never one.
/// </summary>
internal static class SpacedTableFinder
{
    public static List<SpacedRegion> Find(IReadOnlyList<string> lines)
    {
        var fields = lines.Select(l => IsPlain(l) ? SpacedLine.Fields(l) : null).ToList();
        var regions = new List<SpacedRegion>();
        var after = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (IsEmptyTableTotal(fields, i, after) is { } header)
            {
                regions.Add(new SpacedRegion(header, i, i));
                after = i + 1;
                continue;
            }
            if (!IsData(fields[i])) continue;
            var last = LastRow(fields, i, out var data, out var decimals);
            var end = Trailing(fields, last);
            var numbered = SpacedShape.IsColumnNumbers(fields[i]!) && HeaderStart(fields, i, after) < i;
            if ((data >= SpacedShape.Limits.MinimumDataLines && decimals) || numbered)
            {
                regions.Add(new SpacedRegion(HeaderStart(fields, i, after), i, end));
                after = end + 1;
            }
            i = end;
        }
        return Complete(fields, regions) ? regions : [];
    }

    /// <summary>
    /// Every unit caption (“单位：万元”, over each table of a disclosure) has a table under it before the next one. A reading
    /// that found some tables and not others would report those as missing (a false error): then none is read, and the
    /// text is read as before, as paragraphs.
    /// </summary>
    private static bool Complete(List<List<SpacedField>?> fields, List<SpacedRegion> regions)
    {
        var units = Enumerable.Range(0, fields.Count).Where(i => fields[i] is { } f && f.Any(SpacedShape.IsUnitCaption)).ToList();
        return units.Select((line, k) => (line, next: k + 1 < units.Count ? units[k + 1] : fields.Count))
            .All(u => regions.Any(r => r.Body > u.line && r.Body < u.next));
    }

    /// <summary>
    /// An empty table: a 合计 line alone under header lines of several fields, without a figure (“功能分类科目名称  合计  基本支出”
    /// over “合计”); the first header line.
    /// </summary>
    private static int? IsEmptyTableTotal(List<List<SpacedField>?> fields, int line, int floor)
    {
        if (fields[line] is not { Count: 1 } total || !SpacedShape.IsTotal(total[0].Text)) return null;
        var header = HeaderStart(fields, line, floor);
        return Enumerable.Range(header, line - header).Any(k => fields[k] is { Count: > 1 } f && !SpacedShape.IsCodePartLine(f)) ? header : null;
    }

    /// <summary>A line of plain text: not a tab-separated row, a Markdown heading, pipe or grid table row, nor HTML, which are read as they are.</summary>
    private static bool IsPlain(string line) =>
        TextLineClassifier.Classify(line) is TextLineKind.Text or TextLineKind.Blank && line.IndexOfAny(['|', '<', '*']) < 0;

    private static bool IsData(List<SpacedField>? fields) => fields is not null && SpacedShape.IsData(fields);

    private static bool IsBlank(List<SpacedField>? fields) => fields is { Count: 0 };

    /// <summary>Neither blank, nor data, nor the end of a table: a line a table may hold between its rows.</summary>
    private static bool IsInner(List<SpacedField>? fields) => fields is { Count: > 0 } && !SpacedShape.IsData(fields) && !SpacedShape.EndsTable(fields);

    /// <summary>The last data line of the table whose first data line is <paramref name="first"/>; how many data lines it has and whether one has decimals.</summary>
    private static int LastRow(List<List<SpacedField>?> fields, int first, out int data, out bool decimals)
    {
        var last = first;
        data = 1;
        decimals = SpacedShape.HasDecimals(fields[first]!);
        int blanks = 0, others = 0;
        for (var j = first + 1; j < fields.Count; j++)
        {
            var line = fields[j];
            if (IsData(line))
            {
                last = j;
                data++;
                decimals |= SpacedShape.HasDecimals(line!);
                blanks = others = 0;
            }
            else if (IsBlank(line))
            {
                if (++blanks > SpacedShape.Limits.MaximumBlankLines) break;
            }
            else if (!IsInner(line) || ++others > SpacedShape.Limits.MaximumGapLines) break;
        }
        return last;
    }

    /// <summary>The last line of the table: the wrapped names right under its last data line (no blank line between) belong to it.</summary>
    private static int Trailing(List<List<SpacedField>?> fields, int last)
    {
        var end = last;
        while (end + 1 < fields.Count && end - last < SpacedShape.Limits.MaximumTrailingLines && IsInner(fields[end + 1]))
            end++;
        return end;
    }

    /// <summary>The first header line above the first data line <paramref name="body"/>: lines up to a caption, a sentence or the table before.</summary>
    private static int HeaderStart(List<List<SpacedField>?> fields, int body, int floor)
    {
        var start = body;
        var lines = 0;
        for (var k = body - 1; k >= floor; k--)
        {
            if (IsBlank(fields[k])) continue;
            if (!IsInner(fields[k]) || !SpacedShape.IsHeader(fields[k]!) || ++lines > SpacedShape.Limits.MaximumHeaderLines) break;
            start = k;
        }
        return start;
    }
}
