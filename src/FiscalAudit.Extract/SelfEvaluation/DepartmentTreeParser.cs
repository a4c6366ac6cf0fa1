using System.Text.RegularExpressions;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// Department-level scoring tables with coded indicators (seed 001): "A部门决策（35分）",
/// "A1部门目标（12分）", "A11部门中长期规划目标的明确性与合理性（2分）" followed by its score, explanation,
/// 评分细则 and data source; "合计 100分 100"; and the 评价得分简表 (部门决策/部门管理/部门绩效/总分/等级).
/// A node followed by its score is a third-level indicator whatever its printed code says.
/// </summary>
internal static partial class DepartmentTreeParser
{
    private static DepartmentTreeWords Words => DepartmentTreeWords.Default;

    [GeneratedRegex(@"^(?<code>[A-Z]\d{0,2})(?<name>(?:\d{4}年)?[^\d].*?)\((?<w>\d+(?:\.\d+)?)分\)$")]
    private static partial Regex Node();

    public static DepartmentEvaluation? Parse(CellStream stream)
    {
        var header = stream.Cells.FirstOrDefault(c => c.Key == EvaluationMarkers.DepartmentTree && IsNodeAhead(stream, c));
        if (header is null) return null;
        var start = stream.OrderOf(header);
        var title = stream.Cells.Take(start).LastOrDefault(c => Words.TitleWords.Any(w => c.Key.Contains(w, StringComparison.Ordinal)));
        var evaluation = new DepartmentEvaluation(title?.Text ?? Words.DefaultTitle, (title ?? header).Location);
        DepartmentIndicator? level1 = null, level2 = null;
        Cell? level1Cell = null, level2Cell = null;
        for (var i = start + 1; i < stream.Cells.Count; i++)
        {
            var cell = stream.Cells[i];
            if (Words.TotalLabels.Contains(cell.Key))
            {
                ReadTotal(stream, cell, evaluation);
                break;
            }
            var m = Node().Match(cell.Key);
            if (!m.Success) continue;
            var score = i + 1 < stream.Cells.Count ? EvaluationText.Number(stream.Cells[i + 1].Text) : null;
            var code = m.Groups["code"].Value;
            var level = score is not null ? 3 : code.Length;
            // A converter that repeats a merged cell's text on every row it covers prints the open node again: it continues.
            if (stream.Repeats(level == 1 ? level1Cell : level == 2 ? level2Cell : null, cell)) continue;
            var node = new DepartmentIndicator(code, m.Groups["name"].Value, level, NumberText.Parse(m.Groups["w"].Value), cell.Location);
            if (score is not null)
            {
                node.Score = score;
                node.ScoreLocation = stream.Cells[i + 1].Location;
                node.Rubric = stream.At(cell, 3)?.Text;
                node.RubricItems = RubricItems.Read(node.Rubric);
            }
            switch (level)
            {
                case 1:
                    evaluation.Indicators.Add(node);
                    (level1, level2, level1Cell, level2Cell) = (node, null, cell, null);
                    break;
                case 2 when level1 is not null:
                    level1.Children.Add(node);
                    (level2, level2Cell) = (node, cell);
                    break;
                default:
                    (level2 ?? level1)?.Children.Add(node);
                    if (level1 is null) evaluation.Indicators.Add(node);
                    break;
            }
        }
        ReadSummaryTable(stream, evaluation);
        return evaluation.Indicators.Count == 0 ? null : evaluation;
    }

    private static bool IsNodeAhead(CellStream stream, Cell header) =>
        stream.Cells.Skip(stream.OrderOf(header) + 1).Take(8).Any(c => Node().IsMatch(c.Key));

    private static void ReadTotal(CellStream stream, Cell label, DepartmentEvaluation evaluation)
    {
        static List<(PrintedNumber Number, Cell Cell)> Numbers(IEnumerable<Cell?> cells) =>
            cells.OfType<Cell>().Select(c => (Number: EvaluationText.Number(c.Text), Cell: c)).Where(x => x.Number is not null).Select(x => (x.Number!.Value, x.Cell)).ToList();
        var numbers = Numbers(Enumerable.Range(1, 3).Select(k => stream.At(label, k)));
        if (numbers.Count == 0) numbers = Numbers(stream.Cells.Skip(stream.OrderOf(label) + 1).Take(2));
        evaluation.TotalLocation = label.Location;
        if (numbers.Count >= 2) (evaluation.TotalWeight, evaluation.TotalWeightLocation) = (numbers[0].Number, numbers[0].Cell.Location);
        if (numbers.Count >= 1) (evaluation.TotalScore, evaluation.TotalScoreLocation) = (numbers[^1].Number, numbers[^1].Cell.Location);
    }

    private static bool IsSummaryRow(string key) => key == Words.WeightRow || key == Words.ScoreRow;

    /// <summary>评价内容 | 部门决策 | … | 总分 | 评分等级 / 标准分 | 35 | … / 实际得分 | 35 | … | 优.</summary>
    private static void ReadSummaryTable(CellStream stream, DepartmentEvaluation evaluation)
    {
        var head = stream.Cells.FirstOrDefault(c => c.Key == Words.SummaryHead);
        if (head is null) return;
        var parts = new List<string>();
        var i = stream.OrderOf(head) + 1;
        for (; i < stream.Cells.Count && !IsSummaryRow(stream.Cells[i].Key); i++) parts.Add(stream.Cells[i].Key);
        var values = new List<Cell>();
        for (; i < stream.Cells.Count && IsSummaryRow(stream.Cells[i].Key); i += values.Count + 1)
        {
            var row = stream.Cells[i];
            var target = row.Key == Words.WeightRow ? evaluation.StatedWeights : evaluation.ScoreStatements;
            // A row may leave its last cells empty (the 标准分 row prints no grade): its values end at the next row's label.
            values = stream.Cells.Skip(i + 1).Take(parts.Count).TakeWhile(c => !IsSummaryRow(c.Key)).ToList();
            var grade = values.Select(v => v.Key).FirstOrDefault(Words.SummaryGrades.Contains);
            for (var k = 0; k < values.Count && k < parts.Count; k++)
            {
                var total = parts[k] == Words.TotalPart;
                if (EvaluationText.Number(values[k].Text) is PrintedNumber n)
                    target.Add(new ScoreStatement(n, total ? grade : null, total ? null : parts[k], values[k].Location));
            }
        }
    }
}
