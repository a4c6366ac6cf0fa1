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

    private static readonly HashSet<string> TotalLabels = new(StringComparer.Ordinal) { "总分", "合计", "得分", "总分:", "合计:", "得分:" };

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
            if (TotalLabels.Contains(cell.Key))
            {
                ReadTotal(stream, cell, columns, section);
                break;
            }
            if (IndicatorHeadings.Level1(cell.Key) is var (name, points))
            {
                level1 = name;
                level2 = null;
                section.Groups.Add(new IndicatorGroup(name, points, cell.Location));
                continue;
            }
            if (IndicatorHeadings.IsLevel2(cell.Key))
            {
                level2 = cell.Key;
                continue;
            }
            var values = Assign(stream, cell, columns, consumed);
            foreach (var v in values.Values) consumed.Add(v);
            section.Indicators.Add(Build(cell, level1, level2, values));
        }
        return section;
    }

    public static IndicatorColumn? Column(string key)
    {
        if (key is "年度指标值" or "预期指标值" or "指标值" or "目标值") return IndicatorColumn.Target;
        if (key is "实际完成值" or "实际完成指标值" or "完成值") return IndicatorColumn.Actual;
        if (key is "分值" or "权重") return IndicatorColumn.Weight;
        if (key is "得分" or "自评得分") return IndicatorColumn.Score;
        if (key.StartsWith("偏差原因", StringComparison.Ordinal) || key.StartsWith("未完成原因", StringComparison.Ordinal)) return IndicatorColumn.Deviation;
        return null;
    }

    private static bool IsHeading(Cell c) =>
        IndicatorHeadings.Level1(c.Key) is not null || IndicatorHeadings.IsLevel2(c.Key) || TotalLabels.Contains(c.Key);

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
        return new Indicator(name.Text, name.Location)
        {
            Level1 = level1,
            Level2 = level2,
            Target = TargetParser.ParseTarget(Text(IndicatorColumn.Target), unitHint),
            Actual = TargetParser.ParseActual(Text(IndicatorColumn.Actual), unitHint),
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

    private static void ReadTotal(CellStream stream, Cell label, List<IndicatorColumn> columns, IndicatorSection section)
    {
        section.TotalLocation = label.Location;
        var numbers = new List<(int Offset, PrintedNumber Value)>();
        for (var k = 1; k <= 5; k++)
        {
            if (stream.At(label, k) is Cell c && EvaluationText.Number(c.Text) is PrintedNumber n) numbers.Add((k, n));
        }
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
}
