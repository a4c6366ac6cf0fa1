using FiscalAudit.Core.Documents;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// Third-party indicator tables that name each indicator by a code in a column of its own (“编号 | 指标 | 分值 | 评分标准 | 得分”
/// with A 决策, A1 项目立项, A11 立项依据充分性; or “序号 | 一级指标 | 二级指标 | 三级指标 | 分值 | 得分” with the codes in 序号),
/// every level printing its points and score in the same two columns, rewritten in the levelled layout
/// <see cref="ThirdPartyTableReader"/> reads: 一级指标 | 分值 | 一级指标得分 | 二级指标 | 分值 | 二级指标得分 | 三级指标 | 分值 | the
/// table's other columns. A row's level is its code's shape (<see cref="CodedTableWords.LevelOfCode"/>), or, in a table with a column
/// per level whose 序号 is no such code (1, 1.1; 一, （一）) or missing, the level column its name stands in; a row no deeper row
/// follows is an indicator (a 二级 row without 三级 rows under it stands in both columns). Cells keep their places in the file.
/// </summary>
internal static class CodedIndicatorTables
{
    /// <summary>Columns of the levelled layout: level k's name at 3(k−1), its points after it, its score after them; the indicators' points at 7.</summary>
    private const int IndicatorPoints = 7, Others = 8;

    /// <summary>Where a coded table's columns stand: the code, the names (one column, or one per level), the points, and the others in order.</summary>
    internal sealed record Layout(int Code, int[] Names, int Points, int Score, List<SourceCell> OtherHeaders);

    /// <summary>
    /// The blocks with each coded indicator table rewritten in the levelled layout, the tables that continue it on the next pages
    /// (<see cref="CodedContinuations"/>) joined to it; the blocks themselves when there is none.
    /// </summary>
    public static IReadOnlyList<Block> Levelled(IReadOnlyList<Block> blocks, ThirdPartyVocabulary words)
    {
        if (!blocks.Any(b => b is TableBlock t && HeaderOf(t, words) is not null)) return blocks;
        var result = new List<Block>(blocks.Count);
        for (var k = 0; k < blocks.Count; k++)
        {
            if (blocks[k] is TableBlock t && HeaderOf(t, words) is (int h, Layout layout))
            {
                var (joined, last) = CodedContinuations.Joined(blocks, k, layout, words);
                if (AsLevelled(joined, h, layout, words) is TableBlock levelled)
                {
                    result.Add(levelled);
                    k = last;
                    continue;
                }
            }
            result.Add(blocks[k]);
        }
        return result;
    }

    /// <summary>The first header row of a coded table and the layout it names; null when the table has none.</summary>
    private static (int Row, Layout Layout)? HeaderOf(TableBlock table, ThirdPartyVocabulary words)
    {
        for (var h = 0; h < table.Rows.Count; h++)
            if (LayoutOf(table.Rows[h], words) is Layout layout) return (h, layout);
        return null;
    }

    /// <summary>The coded table in the levelled layout; null when the table is none (a body row without a code).</summary>
    private static TableBlock? AsLevelled(TableBlock table, int h, Layout layout, ThirdPartyVocabulary words)
    {
        var body = table.Rows.Skip(h + 1).Select(r => Unglued(r, layout, words)).Where(r => !IsHeader(r, layout, words) && Label(r, layout) is not null).ToList();
        var levels = body.Select(r => LevelOf(r, layout, words)).ToList();
        if (!levels.Contains(1) || levels.Where((level, i) => level == 0 && !IsClosingRow(Label(body[i], layout)!)).Any()) return null;
        var rows = new List<SourceRow> { Header(table.Rows[h], layout, words) };
        for (var i = 0; i < body.Count; i++)
        {
            var leaf = levels[i] > 0 && !levels.Skip(i + 1).TakeWhile(l => l > 0).Take(1).Any(l => l > levels[i]);
            rows.Add(levels[i] == 0 ? Closing(body[i], layout) : Coded(body[i], levels[i], leaf, layout));
        }
        return new TableBlock([.. table.Rows.Take(h), .. rows], table.Location) { ColumnsInferred = table.ColumnsInferred };
    }

    /// <summary>
    /// A body row's level: its code's shape; else, when each level has a name column (序号 printing 1, 1.1, 1.1.1 or 一, （一）, 1, or no
    /// 序号 column at all), the one level column that prints a name — a group row's only when it prints its points too; 0 for neither.
    /// </summary>
    internal static int LevelOf(SourceRow row, Layout layout, ThirdPartyVocabulary words)
    {
        var byCode = words.CodedTables.LevelOfCode(Key(Own(row, layout.Code)));
        if (byCode > 0 || layout.Names.Length == 1) return byCode;
        var named = Enumerable.Range(1, 3).Where(level => Own(row, layout.Names[level - 1]) is not null).ToList();
        return named is [var only] && (only == 3 || Own(row, layout.Points) is not null) ? only : 0;
    }

    /// <summary>
    /// The row with a code printed glued to its name (“A11立项依据充分性” in the code column, or in the name column beside a blank
    /// code) told apart: the code in the code column, the name in its level's name column; the row itself otherwise.
    /// </summary>
    internal static SourceRow Unglued(SourceRow row, Layout layout, ThirdPartyVocabulary words)
    {
        var codes = words.CodedTables;
        var code = Own(row, layout.Code);
        if (layout.Code < 0 || codes.LevelOfCode(Key(code)) > 0) return row; // no code column: a code in a name is the levelled reading's
        var glued = code ?? layout.Names.Select(c => Own(row, c)).OfType<SourceCell>().FirstOrDefault();
        if (glued is null || IndicatorCodes.Glued(Key(glued), codes) is not (string found, string rest)) return row;
        var nameColumn = layout.Names.Length == 1 ? layout.Names[0] : layout.Names[codes.LevelOfCode(found) - 1];
        var named = Own(row, nameColumn) is SourceCell name && name != glued;
        if (glued.Column != layout.Code && named) return row;
        var cells = row.Cells.Where(c => c != glued && c.Column != layout.Code && (named || c.Column != nameColumn)).ToList();
        cells.Add(glued with { Text = found, Column = layout.Code, ColumnSpan = 1 });
        if (!named) cells.Add(glued with { Text = rest, Column = nameColumn, ColumnSpan = 1 });
        return row with { Cells = cells.OrderBy(c => c.Column).ToList() };
    }

    /// <summary>The compact code a row prints in its code column, alone or glued to its name; null for a row without one.</summary>
    internal static string? CodeOf(SourceRow row, Layout layout, ThirdPartyVocabulary words) =>
        Unglued(row, layout, words) is var r && Key(Own(r, layout.Code)) is var code && words.CodedTables.LevelOfCode(code) > 0 ? code : null;

    /// <summary>
    /// The layout a header row names: a code column (which a header with a column per level may lack: Code is then −1), the indicators'
    /// names, exactly one points column and a score or 扣分 column.
    /// </summary>
    internal static Layout? LayoutOf(SourceRow row, ThirdPartyVocabulary words)
    {
        var coded = words.CodedTables;
        int code = -1, points = -1, score = -1, pointsColumns = 0;
        var name = -1;
        var levels = new[] { -1, -1, -1 };
        var others = new List<SourceCell>();
        foreach (var cell in row.Cells.OrderBy(c => c.Column))
        {
            var key = Key(cell);
            if (coded.CodeHeaders.Contains(key) && code < 0) code = cell.Column;
            else if (coded.NameHeaders.Contains(key) && name < 0) name = cell.Column;
            else if (words.LevelOf(key) is > 0 and var level) levels[level - 1] = cell.Column;
            else if (IndicatorTableWords.Default.RoleOf(key) == IndicatorColumn.Weight) (points, pointsColumns) = (cell.Column, pointsColumns + 1);
            else
            {
                if (score < 0 && (IndicatorTableWords.Default.RoleOf(key) == IndicatorColumn.Score || words.IsDeductionHeader(key))) score = cell.Column;
                others.Add(cell);
            }
        }
        int[] names = name >= 0 ? [name] : levels.All(l => l >= 0) ? levels : [];
        return (code >= 0 || name < 0) && names.Length > 0 && pointsColumns == 1 && score >= 0 ? new Layout(code, names, points, score, others) : null;
    }

    /// <summary>The levelled header: each level's name, points and score header, then the coded table's other headers.</summary>
    private static SourceRow Header(SourceRow row, Layout layout, ThirdPartyVocabulary words)
    {
        var at = row.Cells.First(c => c.Column == layout.Names[0]).Location;
        var points = row.Cells.First(c => c.Column == layout.Points);
        var cells = new List<SourceCell>();
        for (var level = 1; level <= 3; level++)
        {
            cells.Add(new SourceCell(words.LevelHeaders[level - 1], Column(level), at));
            cells.Add(points with { Column = Column(level) + 1, ColumnSpan = 1 });
            if (level < 3) cells.Add(new SourceCell(words.GroupScoreLevels.First(s => s.Value == level).Key, Column(level) + 2, points.Location));
        }
        cells.AddRange(layout.OtherHeaders.Select((c, k) => c with { Column = Others + k, ColumnSpan = 1 }));
        return row with { Cells = cells };
    }

    /// <summary>
    /// A coded row in the levelled layout: its name in its level's column, its points and score in that level's (a group's) or in
    /// the indicators' columns (an indicator's; a group without deeper rows is both), its other cells after them. A row whose name
    /// cell is blank is named by its code.
    /// </summary>
    private static SourceRow Coded(SourceRow row, int level, bool leaf, Layout layout)
    {
        var name = Name(row, level, layout) ?? Own(row, layout.Code)!;
        var cells = new List<SourceCell> { name with { Column = Column(level), ColumnSpan = 1 } };
        var points = Own(row, layout.Points);
        if (level < 3 && points is not null) cells.Add(points with { Column = Column(level) + 1, ColumnSpan = 1 });
        if (level < 3 && !leaf && Own(row, layout.Score) is SourceCell score) cells.Add(score with { Column = Column(level) + 2, ColumnSpan = 1 });
        if (leaf)
        {
            if (level < 3) cells.Add(name with { Column = Column(3), ColumnSpan = 1 });
            if (points is not null) cells.Add(points with { Column = IndicatorPoints, ColumnSpan = 1 });
        }
        cells.AddRange(OtherCells(row, layout, leaf));
        return row with { Cells = cells };
    }

    /// <summary>A total, subtotal or grade row: its label first, the rest of its code and name cells in the indicators' column, its points and others placed as an indicator's.</summary>
    private static SourceRow Closing(SourceRow row, Layout layout)
    {
        var labels = new[] { layout.Code }.Concat(layout.Names).Select(c => Own(row, c)).OfType<SourceCell>().ToList();
        var cells = new List<SourceCell> { labels[0] with { Column = 0, ColumnSpan = 1 } };
        if (labels.Count > 1) cells.Add(labels[1] with { Column = Column(3), ColumnSpan = 1 });
        if (Own(row, layout.Points) is SourceCell points) cells.Add(points with { Column = IndicatorPoints, ColumnSpan = 1 });
        cells.AddRange(OtherCells(row, layout, indicator: true));
        return row with { Cells = cells };
    }

    /// <summary>The row's cells under the other headers, moved under them; a group row's score left out (it stands in its level's score column).</summary>
    private static IEnumerable<SourceCell> OtherCells(SourceRow row, Layout layout, bool indicator) =>
        layout.OtherHeaders.Select((h, k) => (h.Column, New: Others + k))
            .Where(x => indicator || x.Column != layout.Score)
            .Select(x => Own(row, x.Column) is SourceCell c ? c with { Column = x.New, ColumnSpan = 1 } : null).OfType<SourceCell>();

    /// <summary>The column of level <paramref name="level"/>'s names in the levelled layout.</summary>
    private static int Column(int level) => 3 * (level - 1);

    /// <summary>A row's name: in the one name column, else in its level's column or the first level column that prints one.</summary>
    private static SourceCell? Name(SourceRow row, int level, Layout layout) =>
        layout.Names.Length == 1 ? Own(row, layout.Names[0]) : Own(row, layout.Names[level - 1]) ?? layout.Names.Select(c => Own(row, c)).OfType<SourceCell>().FirstOrDefault();

    /// <summary>The first cell of text among the row's code and name cells: its code, else the label of a total or grade row; null for a row without one.</summary>
    private static string? Label(SourceRow row, Layout layout) =>
        new[] { layout.Code }.Concat(layout.Names).Select(c => Own(row, c)).OfType<SourceCell>().Select(Key).FirstOrDefault();

    /// <summary>True when the label closes the table or a group (a total, subtotal or grade label).</summary>
    internal static bool IsClosingRow(string label) =>
        IndicatorTableWords.Default.IsTotalLabel(label) || IndicatorTableWords.Default.SubtotalGroup(label) is not null || IndicatorTableWords.Default.IsGradeLabel(label);

    /// <summary>True when the row is the header printed again (on a new page).</summary>
    private static bool IsHeader(SourceRow row, Layout layout, ThirdPartyVocabulary words) =>
        words.CodedTables.CodeHeaders.Contains(Key(Own(row, layout.Code))) || words.LevelOf(Key(Own(row, layout.Names[0]))) == 1;

    /// <summary>The cell that starts at this column and prints text.</summary>
    internal static SourceCell? Own(SourceRow row, int column) =>
        row.Cells.FirstOrDefault(c => c.Column == column && EvaluationText.Clean(c.Text).Length > 0);

    internal static string Key(SourceCell? cell) => cell is null ? string.Empty : EvaluationText.Compact(EvaluationText.Clean(cell.Text));
}
