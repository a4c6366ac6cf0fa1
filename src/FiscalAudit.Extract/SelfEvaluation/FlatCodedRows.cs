namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// Rebuilds the rows of a coded indicator table (<see cref="CodedIndicatorTables"/>) flattened one cell per line: each row opens
/// with its code (“A”, “A11”, or the code glued to its name, “A11立项依据充分性”), every code following the one before it
/// (<see cref="IndicatorCodes.Follows"/>), so codes and numbers recur regularly. The line after a code is its name; the bare numbers
/// of a row fill its number columns (分值, 得分, 扣分) — the first the points, the last the score, those between in order, one number
/// alone the points; other lines fill the text column after the last cell placed (a wrapped 评分标准 is one cell).
/// </summary>
internal static class FlatCodedRows
{
    /// <summary>The rows of <paramref name="lines"/>, each a list of (column, its lines), and how many lines they hold: the rows stop before a line no row can take.</summary>
    public static (List<List<(int Column, List<FlatLine> Lines)>> Rows, int Consumed) Align(
        IReadOnlyList<FlatLine> lines, CodedIndicatorTables.Layout layout, IReadOnlyList<string> header, ThirdPartyVocabulary words, string? previous)
    {
        var rows = new List<List<(int, List<FlatLine>)>>();
        var consumed = 0;
        var i = 0;
        while (i < lines.Count && Code(lines[i], words) is var (code, name) && (previous is null ? words.CodedTables.LevelOfCode(code) == 1 : IndicatorCodes.Follows(code, previous, words.CodedTables)))
        {
            var end = i + 1;
            while (end < lines.Count && !(Code(lines[end], words) is var (next, _) && IndicatorCodes.Follows(next, code, words.CodedTables))) end++;
            var codeLine = name is null ? lines[i] : new FlatLine(code, lines[i].Location);
            var rest = name is null ? lines.Skip(i + 1).Take(end - i - 1).ToList() : [new FlatLine(name, lines[i].Location), .. lines.Skip(i + 1).Take(end - i - 1)];
            var (row, used) = Row(codeLine, words.CodedTables.LevelOfCode(code), rest, layout, header, words);
            if (row is null) break;
            rows.Add(row);
            consumed = i + 1 + used - (name is null ? 0 : 1);
            if (consumed < end) break;
            (previous, i) = (code, end);
        }
        return (rows, consumed);
    }

    /// <summary>The code a line opens a row with, and the name glued after it (null when the line is the code alone); null for no code.</summary>
    public static (string Code, string? Name)? Code(FlatLine line, ThirdPartyVocabulary words) =>
        words.CodedTables.LevelOfCode(line.Key) > 0 ? (line.Key, null)
        : IndicatorCodes.Glued(line.Key, words.CodedTables) is (string code, string name) ? (code, name) : null;

    /// <summary>
    /// One row's cells (its code, its name in its level's name column, its numbers and texts after) and how many of
    /// <paramref name="rest"/> they hold: a text line that fits no column after the row's numbers ends it; null when the numbers do not fit.
    /// </summary>
    private static (List<(int Column, List<FlatLine> Lines)>? Cells, int Used) Row(FlatLine code, int level, List<FlatLine> rest, CodedIndicatorTables.Layout layout, IReadOnlyList<string> header, ThirdPartyVocabulary words)
    {
        var nameColumn = layout.Names.Length == 1 ? layout.Names[0] : layout.Names[level - 1];
        var after = layout.Names.Max();
        var numberColumns = Enumerable.Range(after + 1, header.Count - after - 1).Where(c => IsNumberColumn(c, layout, header[c], words)).ToList();
        var numbers = rest.Where(FlattenedIndicatorTables.IsBareNumber).ToList();
        if (numbers.Count > numberColumns.Count) return (null, 0);
        var placed = new Dictionary<FlatLine, int>();
        for (var k = 0; k < numbers.Count; k++) placed[numbers[k]] = k == numbers.Count - 1 && k > 0 ? numberColumns[^1] : numberColumns[k];
        var cells = new List<(int Column, List<FlatLine> Lines)> { (layout.Code, [code]) };
        var position = after;
        var beforeNumbers = true;
        var used = 0;
        for (; used < rest.Count; used++)
        {
            var line = rest[used];
            if (placed.TryGetValue(line, out var column))
            {
                cells.Add((column, [line]));
                (position, beforeNumbers) = (column, false);
                continue;
            }
            if (beforeNumbers && cells.Count == 1)
            {
                cells.Add((nameColumn, [line]));
                continue;
            }
            var later = Enumerable.Range(position + 1, Math.Max(0, header.Count - position - 1)).ToList();
            var text = later.Where(c => !numberColumns.Contains(c)).Cast<int?>().FirstOrDefault();
            var number = later.Where(numberColumns.Contains).Cast<int?>().FirstOrDefault();
            var wrappedName = cells[^1].Column == nameColumn && (text is null || number < text);
            if (cells[^1].Column == text || wrappedName) cells[^1].Lines.Add(line);
            else if (text is int t) cells.Add((t, [line]));
            else if (beforeNumbers) return (null, 0);
            else break;
        }
        if (used < rest.Count && rest.Skip(used).Any(placed.ContainsKey)) return (null, 0);
        return (cells.OrderBy(c => c.Column).ToList(), used);
    }

    /// <summary>A column that holds one number a row: the points, the score, a deduction.</summary>
    private static bool IsNumberColumn(int column, CodedIndicatorTables.Layout layout, string key, ThirdPartyVocabulary words) =>
        column == layout.Points || column == layout.Score || words.IsDeductionHeader(key) || IndicatorTableWords.Default.RoleOf(key) is IndicatorColumn.Score or IndicatorColumn.Weight;
}
