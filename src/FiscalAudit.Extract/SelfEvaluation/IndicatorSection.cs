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
    private static readonly HashSet<string> SkippedLabels = new(StringComparer.Ordinal)
    {
        "年度绩效指标完成情况", "绩效指标", "一级指标", "二级指标", "三级指标",
    };

    /// <summary>Parses from the "三级指标" header cell to the total row (or <paramref name="end"/>).</summary>
    public static IndicatorSection Parse(CellStream stream, Cell header, int end)
    {
        var section = new IndicatorSection();
        var columns = new List<IndicatorColumn>();
        var i = stream.OrderOf(header) + 1;
        for (; i < end && Column(stream.Cells[i].Key) is IndicatorColumn col; i++) columns.Add(col);
        if (columns.Count == 0) return section;
        var consumed = new HashSet<Cell>(ReferenceEqualityComparer.Instance);
        string? level1 = null, level2 = null;
        for (; i < end; i++)
        {
            var cell = stream.Cells[i];
            if (consumed.Contains(cell) || SkippedLabels.Contains(cell.Key)) continue;
            if (IndicatorTableWords.Default.IsTotalLabel(cell.Key))
            {
                ReadTotal(stream, header, cell, columns, section);
                ReadGrade(stream, cell, end, RowWidth(columns), section);
                break;
            }
            if (IndicatorHeadings.Level1(cell.Key) is var (name, points))
            {
                level1 = name;
                level2 = null;
                section.Groups.Add(Subtotal(stream, header, cell, columns, consumed, new IndicatorGroup(name, points, cell.Location)));
                continue;
            }
            if (IndicatorHeadings.IsLevel2(cell.Key))
            {
                level2 = cell.Key;
                continue;
            }
            if (IsLevelCell(stream, header, cell))
            {
                if (IndicatorHeadings.LeadingLevel1(cell.Key) is var (name1, rest))
                {
                    (level1, level2) = (name1, rest);
                    section.Groups.Add(new IndicatorGroup(name1, null, cell.Location));
                }
                else if (cell.Index == header.Index - 1)
                {
                    level2 = cell.Key;
                }
                continue;
            }
            var values = Assign(stream, cell, columns, consumed);
            foreach (var v in values.Values) consumed.Add(v);
            section.Indicators.Add(Build(cell, level1, level2, values));
        }
        return section;
    }

    /// <summary>
    /// A heading whose row prints no indicator but numbers under the header's 分值 and 得分 (a subtotal row,
    /// “产出指标 | | | | | 50 | 48.5”): the points (when the heading states none) and the score, their cells consumed.
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
        return group with
        {
            StatedPoints = group.StatedPoints ?? EvaluationText.Number(weight?.Text),
            StatedScore = EvaluationText.Number(score?.Text),
            StatedScoreLocation = score?.Location,
        };
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

    private static bool IsHeading(Cell c) =>
        IndicatorHeadings.Level1(c.Key) is not null || IndicatorHeadings.IsLevel2(c.Key) || IndicatorTableWords.Default.IsTotalLabel(c.Key);

    private static Dictionary<IndicatorColumn, Cell> Assign(CellStream stream, Cell name, List<IndicatorColumn> columns, HashSet<Cell> consumed)
    {
        var byOffset = new Dictionary<IndicatorColumn, Cell>();
        for (var k = 0; k < columns.Count; k++)
        {
            if (stream.At(name, k + 1) is Cell c && !IsHeading(c) && !consumed.Contains(c)) byOffset[columns[k]] = c;
        }
        if (Plausible(byOffset)) return byOffset;
        var inOrder = new Dictionary<IndicatorColumn, Cell>();
        var printed = stream.Following(name, columns.Count + 1).TakeWhile(c => !IsHeading(c)).Where(c => !consumed.Contains(c)).Take(columns.Count).ToList();
        for (var k = 0; k < printed.Count; k++) inOrder[columns[k]] = printed[k];
        return Plausible(inOrder) ? inOrder : byOffset;
    }

    private static bool Plausible(Dictionary<IndicatorColumn, Cell> values) =>
        (!values.TryGetValue(IndicatorColumn.Weight, out var w) || EvaluationText.Number(w.Text) is not null)
        && (!values.TryGetValue(IndicatorColumn.Score, out var s) || EvaluationText.Number(s.Text) is not null);

    private static Indicator Build(Cell name, string? level1, string? level2, Dictionary<IndicatorColumn, Cell> values)
    {
        string? Text(IndicatorColumn c) => values.TryGetValue(c, out var cell) ? cell.Text : null;
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
            Deviation = Text(IndicatorColumn.Deviation),
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

    private static void ReadTotal(CellStream stream, Cell header, Cell label, List<IndicatorColumn> columns, IndicatorSection section)
    {
        section.TotalLocation = label.Location;
        if (!stream.LinePerCell && ReadTotalUnderHeader(stream, header, label, columns, section)) return;
        var numbers = TotalRowNumbers(stream, label, RowWidth(columns));
        if (numbers.Count == 0) return;
        if (label.Key.StartsWith("得分", StringComparison.Ordinal))
        {
            section.TotalScore = numbers[^1].Value;
            return;
        }
        if (numbers.Count >= 2)
        {
            section.TotalWeight = numbers[0].Value;
            section.TotalScore = numbers[^1].Value;
        }
        else if (numbers[0].Offset == 1 && columns.Contains(IndicatorColumn.Weight))
        {
            section.TotalWeight = numbers[0].Value;
        }
        else
        {
            section.TotalScore = numbers[0].Value;
        }
    }

    /// <summary>
    /// A grade label in the total row or the two rows below it (in a flattened table, the lines of two rows' width), and the grade it prints; in a real table a grade
    /// word alone in a cell of the total row (“总分 | 100 | 96.5 | 优”).
    /// </summary>
    private static void ReadGrade(CellStream stream, Cell total, int end, int width, IndicatorSection section)
    {
        var words = IndicatorTableWords.Default;
        var last = Math.Min(end, stream.OrderOf(total) + 12);
        for (var i = stream.OrderOf(total); i < last; i++)
        {
            var cell = stream.Cells[i];
            if (stream.LinePerCell ? cell.Index > total.Index + 2 * width : cell.Row > total.Row + 2) return;
            if (!stream.LinePerCell && cell.Row == total.Row && words.GradeOf(cell.Key) is string alone)
            {
                (section.Grade, section.GradeLocation) = (alone, cell.Location);
                return;
            }
            if (!words.IsGradeLabel(cell.Key)) continue;
            var next = i + 1 < stream.Cells.Count && stream.SameRow(cell, stream.Cells[i + 1]) ? stream.Cells[i + 1].Text : null;
            if (words.GradeAfterLabel(cell.Key, next) is string grade) (section.Grade, section.GradeLocation) = (grade, cell.Location);
            return;
        }
    }

    /// <summary>How many cells a row of the indicator table holds at most: 绩效指标, the three levels and the value columns.</summary>
    private static int RowWidth(List<IndicatorColumn> columns) => columns.Count + 4;

    /// <summary>The numbers after the total label: the whole row of a real table, the next lines of a flattened one up to a row's width.</summary>
    private static List<(int Offset, PrintedNumber Value)> TotalRowNumbers(CellStream stream, Cell label, int width)
    {
        var cells = stream.LinePerCell
            ? Enumerable.Range(1, Math.Max(5, width - 1)).Select(k => stream.At(label, k)).OfType<Cell>()
            : stream.RowOf(label).Where(c => c.Index > label.Index);
        return cells.Select(c => (Offset: c.Index - label.Index, Value: EvaluationText.Number(c.Text)))
            .Where(x => x.Value is not null).Select(x => (x.Offset, x.Value!.Value)).ToList();
    }

    /// <summary>
    /// In a real table the total row prints its numbers in the grid columns of the header's 分值 and 得分
    /// (“总分 | | | | | 100 | 99.50”, however wide the label cell); false when the 得分 column holds no number.
    /// </summary>
    private static bool ReadTotalUnderHeader(CellStream stream, Cell header, Cell label, List<IndicatorColumn> columns, IndicatorSection section)
    {
        PrintedNumber? Under(IndicatorColumn column)
        {
            var k = columns.IndexOf(column);
            if (k < 0) return null;
            var index = header.Index + k + 1;
            return index > label.Index ? EvaluationText.Number(stream.RowOf(label).FirstOrDefault(c => c.Index == index)?.Text) : null;
        }
        var (weight, score) = (Under(IndicatorColumn.Weight), Under(IndicatorColumn.Score));
        if (score is null) return false;
        section.TotalWeight = weight;
        section.TotalScore = score;
        return true;
    }
}
