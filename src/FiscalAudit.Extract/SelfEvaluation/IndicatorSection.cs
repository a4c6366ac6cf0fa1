using FiscalAudit.Core.Data;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>What an indicator table column holds.</summary>
internal enum IndicatorColumn
{
    Target,
    Actual,
    Weight,
    Score,
    Deviation,

    /// <summary>评分标准 (third-party tables only; <see cref="ThirdPartyVocabulary.IsRubricHeader"/>).</summary>
    Rubric,

    /// <summary>
    /// A column of group scores among the value columns of a project form (“得分 | 二级指标得分”): its cells are the groups' scores
    /// (<see cref="IndicatorSectionParser"/> reads them on the group's row), no value of the indicator beside them.
    /// </summary>
    GroupScore,
}

/// <summary>The indicator rows of one table and its total row.</summary>
internal sealed class IndicatorSection
{
    public List<IndicatorGroup> Groups { get; } = new();

    public List<Indicator> Indicators { get; } = new();

    public PrintedNumber? TotalWeight { get; set; }

    public PrintedNumber? TotalScore { get; set; }

    public SourceLocation? TotalLocation { get; set; }

    /// <summary>The grade printed in or below the total row (“自评等级 | 优”), if any.</summary>
    public string? Grade { get; set; }

    public SourceLocation? GradeLocation { get; set; }
}

/// <summary>
/// Reads the 绩效指标 part of a table: the header ("三级指标 年度指标值 实际完成值 分值 得分 偏差原因…",
/// in any order), rows under 一级/二级 headings, and the 总分/得分 row. Each value is taken from the
/// column position after the indicator's name; when that reading is implausible (a score that is not a
/// number) the row's printed cells are taken in order instead.
/// </summary>
internal static class IndicatorSectionParser
{
    /// <summary>
    /// Parses from the indicator header cell (“三级指标”) to the total row (or <paramref name="end"/>), passing over
    /// <paramref name="skipped"/> (the table's head printed again after a page break).
    /// </summary>
    public static IndicatorSection Parse(CellStream stream, Cell header, int end, IReadOnlySet<Cell>? skipped = null)
    {
        var section = new IndicatorSection();
        var columns = new List<IndicatorColumn>();
        var i = stream.OrderOf(header) + 1;
        var groupScores = GroupScoreHeaders(stream, header);
        for (; i < end && (Column(stream.Cells[i].Key) ?? (groupScores.ContainsValue(stream.Cells[i]) ? IndicatorColumn.GroupScore : null)) is IndicatorColumn col; i++) columns.Add(col);
        if (columns.Count == 0) return section;
        var consumed = new HashSet<Cell>(skipped ?? Enumerable.Empty<Cell>(), ReferenceEqualityComparer.Instance);
        var level1Column = LevelColumn(stream, header, 1);
        var level2Column = LevelColumn(stream, header, 2);
        string? level1 = null, level2 = null;
        Cell? level1Cell = null, level2Cell = null;
        for (; i < end; i++)
        {
            var cell = stream.Cells[i];
            if (consumed.Contains(cell) || InGroupScoreColumn(cell, groupScores)) continue;
            if (IndicatorTableWords.Default.SectionLabels.Contains(cell.Key))
            {
                while (i + 1 < end && IsColumnWord(stream.Cells[i + 1])) i++; // the header printed again on a new page
                continue;
            }
            if (IndicatorTableWords.Default.IsTotalLabel(cell.Key))
            {
                TotalRowReader.Read(stream, header, cell, columns, end, section);
                break;
            }
            if (IndicatorTableWords.Default.SubtotalGroup(cell.Key) is string closed && !stream.LinePerCell)
            {
                var named = closed.Length == 0 ? level1 : IndicatorHeadings.Level1(closed)?.Name;
                var k = section.Groups.FindLastIndex(g => g.IsLevel1 && g.Name == named);
                if (k >= 0) section.Groups[k] = Subtotal(stream, header, cell, columns, consumed, section.Groups[k]);
                continue;
            }
            // A converter that repeats a merged level cell on every row it covers prints the open group again: it continues.
            if (stream.Repeats(level1Cell, cell) || stream.Repeats(level2Cell, cell)) continue;
            if (IndicatorHeadings.Level1(cell.Key, inLevel1Column: InLevel1Column(stream, header, cell, level1Column)) is var (name, points))
            {
                if (points is null && PointsOnNextLine(stream, cell, name) is var (more, stated))
                {
                    consumed.Add(more);
                    points = stated;
                }
                (level1, level2, level1Cell, level2Cell) = (name, null, cell, null);
                section.Groups.Add(Subtotal(stream, header, cell, columns, consumed, WithColumnScore(stream, cell, groupScores.GetValueOrDefault(1), new IndicatorGroup(name, points, cell.Location))));
                continue;
            }
            if (IndicatorHeadings.IsLevel2(cell.Key) || IsLevel2Row(stream, header, cell))
            {
                (level2, level2Cell) = (cell.Key, cell);
                // A row whose 一级 cell is printed lower in its group (or not at all) belongs to the framework's group (when printed: KeepInPrintedGroups).
                level1 = IndicatorLevels.ParentOf(level2) ?? level1;
                AddLevel2Group(section, stream, header, cell, columns, consumed, groupScores.GetValueOrDefault(2), level1);
                continue;
            }
            if (IsLevelCell(stream, header, cell))
            {
                if (IndicatorHeadings.LeadingLevel1(cell.Key) is var (name1, rest))
                {
                    (level1, level2) = (name1, rest);
                    section.Groups.Add(new IndicatorGroup(name1, null, cell.Location));
                }
                else if (cell.Index == header.Index - 1 || cell.Index == level2Column)
                {
                    (level2, level2Cell) = (cell.Key, cell);
                    AddLevel2Group(section, stream, header, cell, columns, consumed, groupScores.GetValueOrDefault(2), level1);
                }
                continue;
            }
            if (LevelRun(stream, cell, columns, consumed) is var (run, tails))
            {
                foreach (var t in tails) consumed.Add(t);
                (level2, level2Cell) = (run.Key, run);
                level1 = IndicatorLevels.ParentOf(level2) ?? level1;
                continue;
            }
            var indicator = WrappedName(stream, cell, columns, consumed);
            var values = Assign(stream, indicator, columns, consumed);
            foreach (var v in values.Values) consumed.Add(v);
            section.Indicators.Add(Build(indicator, level1, level2, values, columns.Contains(IndicatorColumn.Deviation)));
        }
        MidGroupLevelCells.KeepInPrintedGroups(section);
        MidGroupLevelCells.Regroup(section);
        MidGroupLevelCells.FillLeadingLevel2(section);
        return section;
    }

    /// <summary>
    /// A heading whose row prints no indicator but numbers under the header's 分值 and 得分 (a subtotal row,
    /// “产出指标 | | | | | 50 | 48.5”, or a row of its own after the group's indicators: “小计 | | | | | 50 | 48.5”,
    /// “产出指标小计 | …”): the points (when the heading states none) and the score, their cells consumed.
    /// </summary>
    private static IndicatorGroup Subtotal(CellStream stream, Cell header, Cell heading, List<IndicatorColumn> columns, HashSet<Cell> consumed, IndicatorGroup group)
    {
        if (stream.LinePerCell) return group;
        var row = stream.RowOf(heading).Where(c => c.Index > heading.Index).ToList();
        if (row.Any(c => c.Index == header.Index && EvaluationText.Number(c.Text) is null)) return group;
        Cell? Under(IndicatorColumn column) =>
            columns.IndexOf(column) is var k and >= 0 && row.FirstOrDefault(c => c.Index == header.Index + k + 1) is Cell c && EvaluationText.Number(c.Text) is not null ? c : null;
        var (weight, score) = (Under(IndicatorColumn.Weight), Under(IndicatorColumn.Score));
        foreach (var c in new[] { weight, score }.OfType<Cell>()) consumed.Add(c);
        return group.WithSubtotal(EvaluationText.Number(weight?.Text), weight?.Location, EvaluationText.Number(score?.Text), score?.Location);
    }

    /// <summary>
    /// The second-level group a heading cell opens under <paramref name="level1"/>, once, when its row prints its points or score (a
    /// subtotal row under 分值 and 得分, or its level's group-score column: <paramref name="scores"/>); a group printing neither is not kept.
    /// </summary>
    private static void AddLevel2Group(IndicatorSection section, CellStream stream, Cell header, Cell heading, List<IndicatorColumn> columns, HashSet<Cell> consumed, Cell? scores, string? level1)
    {
        if (level1 is null || section.Groups.Any(g => g.Name == heading.Key && g.Parent == level1)) return;
        var group = Subtotal(stream, header, heading, columns, consumed, WithColumnScore(stream, heading, scores, new IndicatorGroup(heading.Key, null, heading.Location, level1)));
        if (group.StatedPoints is not null || group.StatedScore is not null) section.Groups.Add(group);
    }

    /// <summary>
    /// In a real table, the headers of the columns of group scores in the indicator header's row (indicator-table.json's groupScoreColumns:
    /// “一级指标得分”, “二级指标得分”, “小计”), by the level whose groups they score: the level they are named after (third-party-report.json's
    /// groupScoreLevels), else the level whose header stands left of them. A first-level group's score printed there stands beside the one
    /// its subtotal row prints, both checked; a second-level group's (“数量指标 | … | 二级指标得分 30”) is checked against its indicators.
    /// </summary>
    private static Dictionary<int, Cell> GroupScoreHeaders(CellStream stream, Cell header)
    {
        var found = new Dictionary<int, Cell>();
        if (stream.LinePerCell) return found;
        var words = ThirdPartyVocabulary.Default;
        Cell? left = null;
        foreach (var c in stream.RowOf(header))
        {
            var level = !IndicatorTableWords.Default.GroupScoreColumns.Contains(c.Key) ? 0
                : words.GroupScoreLevels.TryGetValue(c.Key, out var named) ? named : left is null ? 0 : words.LevelOf(left.Key);
            if (level is 1 or 2) found.TryAdd(level, c);
            left = c;
        }
        return found;
    }

    /// <summary>
    /// In a real table, whether a cell stands in the 一级指标 column (<paramref name="level1Column"/>): a first-level cell by its place,
    /// its second-level cell blank or merged (“成本指标 | | 驿站运营补贴标准”), when its column is known from rulings or the file's
    /// structure (<see cref="CellStream.ColumnKnown"/>). Where the columns were told from the words' places (a borderless PDF) a cell alone
    /// left of its indicator is not placed surely enough: there it must print its second level right of it, before the 三级指标 column
    /// (“成本指标 | 经济成本指标 | 驿站运营补贴标准”), or stand right under a 小计 row (the group above closed).
    /// </summary>
    private static bool InLevel1Column(CellStream stream, Cell header, Cell cell, int level1Column) =>
        cell.Index == level1Column && cell.Row != header.Row
        && (stream.ColumnKnown(cell)
            || stream.RowOf(cell).Any(c => c.Index > cell.Index && c.Index < header.Index && EvaluationText.Number(c.Text) is null)
            || UnderSubtotal(stream, cell));

    /// <summary>Whether the row above <paramref name="cell"/>'s is a 小计 row.</summary>
    private static bool UnderSubtotal(CellStream stream, Cell cell)
    {
        var above = stream.Cells.Take(stream.OrderOf(stream.RowOf(cell).First())).LastOrDefault();
        return above is not null && stream.RowOf(above).Any(c => IndicatorTableWords.Default.SubtotalGroup(c.Key) is not null);
    }

    /// <summary>In a real table, the column of the header of indicator level <paramref name="level"/> (“一级指标”) in the indicator header's row; −1 when none.</summary>
    private static int LevelColumn(CellStream stream, Cell header, int level) =>
        stream.LinePerCell ? -1 : stream.RowOf(header).FirstOrDefault(c => ThirdPartyVocabulary.Default.LevelOf(c.Key) == level)?.Index ?? -1;

    /// <summary>
    /// The group-score column's header printed again on a new page (a subtotal label, “小计”, left to its rows), or a number printed in
    /// that column: no indicator.
    /// </summary>
    private static bool InGroupScoreColumn(Cell cell, Dictionary<int, Cell> groupScores) =>
        groupScores.Values.Any(h => (cell.Key == h.Key && IndicatorTableWords.Default.SubtotalGroup(cell.Key) is null)
            || (cell.Index == h.Index && cell.Row != h.Row && EvaluationText.Number(cell.Text) is not null));

    /// <summary>A group with the score its row prints in its level's group-score column (<see cref="GroupScoreHeaders"/>), if any.</summary>
    private static IndicatorGroup WithColumnScore(CellStream stream, Cell heading, Cell? groupScores, IndicatorGroup group) =>
        groupScores is not null && stream.RowOf(heading).FirstOrDefault(c => c.Index == groupScores.Index) is Cell cell && EvaluationText.Number(cell.Text) is PrintedNumber score
            ? group with { StatedScore = score, StatedScoreLocation = cell.Location, StatedScoreColumn = IndicatorColumns.Score }
            : group;

    /// <summary>
    /// In a real table, a second-level row of a tree printed level by level (“| 数量指标 | | | | 20 | 20”): a cell just left of the
    /// 三级指标 column, in a row that prints nothing in that column and numbers under 分值 and 得分, whatever its words.
    /// </summary>
    private static bool IsLevel2Row(CellStream stream, Cell header, Cell cell)
    {
        if (stream.LinePerCell || cell.Row == header.Row || cell.Index != header.Index - 1 || EvaluationText.Number(cell.Text) is not null) return false;
        var row = stream.RowOf(cell).Where(c => c.Index > cell.Index).ToList();
        return row.All(c => c.Index != header.Index) && row.Count(c => EvaluationText.Number(c.Text) is not null) >= 2;
    }

    /// <summary>
    /// In a real table, a cell left of the 三级指标 column in a row that prints a name (text, not a number) in that
    /// column: a level cell whose words are no known heading (“数量”, “产出数量”), not an indicator. A cell right after
    /// a known second-level heading is the indicator of a row printed one column early.
    /// </summary>
    private static bool IsLevelCell(CellStream stream, Cell header, Cell cell)
    {
        if (stream.LinePerCell || cell.Row == header.Row || cell.Index >= header.Index) return false;
        var row = stream.RowOf(cell).ToList();
        if (row.LastOrDefault(c => c.Index < cell.Index) is Cell before && IndicatorHeadings.IsLevel2(before.Key)) return false;
        return row.FirstOrDefault(c => c.Index == header.Index) is Cell name && EvaluationText.Number(name.Text) is null;
    }

    public static IndicatorColumn? Column(string key) => IndicatorTableWords.Default.RoleOf(key);

    /// <summary>The longest header word of a column (compact characters): a longer cell is a value that starts like one (“偏差原因：…”).</summary>
    private const int LongestHeaderWord = 12;

    /// <summary>A word of the table's header (“一级指标”, “年度指标值”, “偏差原因分析及改进措施”): printed again on a new page, no indicator or value. A total label that is also a score header (“自评得分”) stays the total row's.</summary>
    private static bool IsHeaderWord(Cell c) =>
        IndicatorTableWords.Default.SectionLabels.Contains(c.Key) || (IsColumnWord(c) && !IndicatorTableWords.Default.IsTotalLabel(c.Key));

    /// <summary>A column's header word (“年度指标值”, “得分”), not a longer value that starts like one.</summary>
    private static bool IsColumnWord(Cell c) => c.Key.Length <= LongestHeaderWord && Column(c.Key) is not null;

    /// <summary>
    /// In a table flattened one cell per line, the points of a first-level cell wrapped onto the next line (“产出指标” “（50分）”):
    /// that line and the points, when the two read together as the heading with points.
    /// </summary>
    private static (Cell Line, PrintedNumber Points)? PointsOnNextLine(CellStream stream, Cell heading, string name) =>
        stream.LinePerCell && stream.At(heading, 1) is Cell next && IndicatorHeadings.Level1(heading.Key + next.Key) is (var joined, PrintedNumber points) && joined == name
            ? (next, points) : null;

    /// <summary>The most lines a flattened indicator name wraps onto after its first.</summary>
    private const int WrappedNameLines = 2;

    /// <summary>The longest tail of a wrapped name on a line of its own (“量”, “标准”, “制”).</summary>
    private const int LongestNameTail = 4;

    /// <summary>
    /// In a table flattened one cell per line, the indicator's name with the short tails it wraps onto (“新建农村公益性公墓数” “量”),
    /// consumed: when the weight and score stand as bare numbers only that many lines further on. The name cell itself otherwise.
    /// </summary>
    private static Cell WrappedName(CellStream stream, Cell name, List<IndicatorColumn> columns, HashSet<Cell> consumed)
    {
        if (!stream.LinePerCell || !columns.Contains(IndicatorColumn.Weight) || !columns.Contains(IndicatorColumn.Score)) return name;
        bool Anchored(int shift) => StartsRow(stream, name, shift, columns);
        if (Anchored(0)) return name;
        var tails = new List<Cell>();
        for (var shift = 1; shift <= WrappedNameLines; shift++)
        {
            if (stream.At(name, shift) is not Cell tail || consumed.Contains(tail) || IsHeading(tail)
                || tail.Key.Length > LongestNameTail || tail.Key.Any(char.IsDigit)) return name;
            tails.Add(tail);
            if (!Anchored(shift)) continue;
            foreach (var t in tails) consumed.Add(t);
            return new Cell(name.Text + string.Concat(tails.Select(t => t.Text)), name.Row, tail.Index, name.Location.Through(tail.Location));
        }
        return name;
    }

    /// <summary>
    /// In a table flattened one cell per line, whether <paramref name="name"/> (with <paramref name="shift"/> lines of its name
    /// after it) opens a row: its weight and score stand as bare numbers where the header's order puts them — plain numbers, no
    /// percentage (“100%” “96%” are a target and an actual value).
    /// </summary>
    private static bool StartsRow(CellStream stream, Cell name, int shift, List<IndicatorColumn> columns) =>
        new[] { columns.IndexOf(IndicatorColumn.Weight), columns.IndexOf(IndicatorColumn.Score) }
            .All(k => k >= 0 && stream.At(name, shift + k + 1) is Cell c && !c.Key.Contains('%') && NumberText.Parse(c.Key) is not null);

    /// <summary>
    /// In a table flattened one cell per line an empty 偏差原因 prints nothing: the line where it would stand is the next
    /// indicator's name when a row starts there and none starts on the line after it.
    /// </summary>
    private static bool IsNextName(CellStream stream, Cell cell, List<IndicatorColumn> columns) =>
        stream.LinePerCell && StartsRow(stream, cell, 0, columns) && !(stream.At(cell, 1) is Cell after && StartsRow(stream, after, 0, columns));

    /// <summary>The longest line of a level cell printed alone in a table flattened one cell per line (“可持续影响指标”, “服务对象”).</summary>
    private const int LongestLevelLine = 10;

    /// <summary>
    /// In a table flattened one cell per line, a second-level cell told by its place, whatever its words: one or two short lines
    /// (no digit, no clause punctuation, no first-level heading) that open no row, right before a line that opens one (its weight
    /// and score where the header's order puts them) too long to be the tail of a wrapped name — “产出” “质量”, “产出时效”, “社会”
    /// “效益指标”, “服务对象” “满意度指标”. The cell with its lines joined and the lines after the first; null when there is none.
    /// </summary>
    private static (Cell Run, List<Cell> Tails)? LevelRun(CellStream stream, Cell cell, List<IndicatorColumn> columns, HashSet<Cell> consumed)
    {
        if (!stream.LinePerCell || !columns.Contains(IndicatorColumn.Weight) || !columns.Contains(IndicatorColumn.Score)) return null;
        bool LevelLine(Cell c) => !consumed.Contains(c) && c.Key.Length <= LongestLevelLine && !c.Key.Any(char.IsDigit)
            && c.Key.IndexOfAny(Punctuation.ClausePunctuation) < 0 && !IndicatorTableWords.Default.IsTotalLabel(c.Key) && !IsHeaderWord(c)
            && !StartsRow(stream, c, 0, columns);
        if (!LevelLine(cell) || IndicatorHeadings.Level1(cell.Key) is not null) return null;
        var tails = new List<Cell>();
        var joined = cell.Text;
        for (var shift = 1; shift <= 2; shift++)
        {
            if (stream.At(cell, shift) is not Cell next) return null;
            if (StartsRow(stream, next, 0, columns) && !consumed.Contains(next))
            {
                if (next.Key.Length <= LongestNameTail) return null;
                var last = tails.Count > 0 ? tails[^1] : cell;
                return (new Cell(joined, cell.Row, last.Index, cell.Location.Through(last.Location)), tails);
            }
            // A first-level name under the line (“经济” “效益指标”, “服务对象” “满意度指标”) ends the cell only where the two make a known second level.
            if (!LevelLine(next) || (IndicatorHeadings.Level1(next.Key) is not null && !IndicatorHeadings.IsLevel2(EvaluationText.Compact(joined + next.Text)))) return null;
            tails.Add(next);
            joined += next.Text;
        }
        return null;
    }

    /// <summary>Whether a row's score equals its weight (no deduction to explain).</summary>
    private static bool FullMarks(Dictionary<IndicatorColumn, Cell> values) =>
        values.TryGetValue(IndicatorColumn.Weight, out var w) && values.TryGetValue(IndicatorColumn.Score, out var s)
        && EvaluationText.Number(w.Text) is PrintedNumber weight && EvaluationText.Number(s.Text) is PrintedNumber score && weight.Value == score.Value;

    private static bool IsHeading(Cell c) =>
        IndicatorHeadings.Level1(c.Key) is not null || IndicatorHeadings.IsLevel2(c.Key) || IndicatorTableWords.Default.IsTotalLabel(c.Key) || IsHeaderWord(c);

    private static Dictionary<IndicatorColumn, Cell> Assign(CellStream stream, Cell name, List<IndicatorColumn> columns, HashSet<Cell> consumed)
    {
        var byOffset = new Dictionary<IndicatorColumn, Cell>();
        for (var k = 0; k < columns.Count; k++)
        {
            if (stream.At(name, k + 1) is Cell c && !IsHeading(c) && !consumed.Contains(c)) byOffset[columns[k]] = c;
        }
        if (byOffset.TryGetValue(IndicatorColumn.Deviation, out var reason)
            && (IsNextName(stream, reason, columns) || (FullMarks(byOffset) && LevelRun(stream, reason, columns, consumed) is not null)))
            byOffset.Remove(IndicatorColumn.Deviation);
        if (Plausible(byOffset)) return byOffset;
        var inOrder = new Dictionary<IndicatorColumn, Cell>();
        var printed = stream.Following(name, columns.Count + 1).TakeWhile(c => !IsHeading(c)).Where(c => !consumed.Contains(c)).Take(columns.Count).ToList();
        for (var k = 0; k < printed.Count; k++) inOrder[columns[k]] = printed[k];
        return Plausible(inOrder) ? inOrder : byOffset;
    }

    private static bool Plausible(Dictionary<IndicatorColumn, Cell> values) =>
        (!values.TryGetValue(IndicatorColumn.Weight, out var w) || EvaluationText.Number(w.Text) is not null)
        && (!values.TryGetValue(IndicatorColumn.Score, out var s) || EvaluationText.Number(s.Text) is not null);

    private static Indicator Build(Cell name, string? level1, string? level2, Dictionary<IndicatorColumn, Cell> values, bool reasonColumn)
    {
        string? Text(IndicatorColumn c) => values.TryGetValue(c, out var cell) ? cell.Text : null;
        SourceLocation? LocationOf(IndicatorColumn c) => values.TryGetValue(c, out var cell) ? cell.Location : null;
        var unitHint = UnitInName(name.Text);
        var target = TargetParser.ParseTarget(Text(IndicatorColumn.Target), unitHint);
        return new Indicator(name.Text, name.Location)
        {
            Level1 = level1,
            Level2 = level2,
            Target = target,
            Actual = TargetParser.ParseActual(Text(IndicatorColumn.Actual), unitHint, target),
            Weight = EvaluationText.Number(Text(IndicatorColumn.Weight)),
            Score = EvaluationText.Number(Text(IndicatorColumn.Score)),
            WeightLocation = LocationOf(IndicatorColumn.Weight),
            ScoreLocation = LocationOf(IndicatorColumn.Score),
            Deviation = Text(IndicatorColumn.Deviation),
            ReasonColumn = reasonColumn,
        };
    }

    /// <summary>"会议参加人数(人)" → "人"; "2020年驻村总成本（万元）" → "万元".</summary>
    public static string? UnitInName(string name)
    {
        var t = EvaluationText.Compact(name);
        if (!t.EndsWith(')')) return null;
        var open = t.LastIndexOf('(');
        return open < 0 || t.Length - open > 8 ? null : TargetParser.NormalizeUnit(t[(open + 1)..^1]);
    }
}
