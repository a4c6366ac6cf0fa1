using FiscalAudit.Core.Numbers;
using FiscalAudit.Core.Model.Evaluation;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// 部门整体支出绩效自评表 with a task list (seed 002): "任务名称 | 完成情况 | 预算数 | 执行数" rows up to
/// "金额合计" (words in department-tasks.json), then goals and 产出/效益/满意度 indicators with targets and actuals, then "得分 97.5分".
/// </summary>
internal static class DepartmentTaskTableParser
{
    public static DepartmentEvaluation? Parse(CellStream stream)
    {
        var words = DepartmentTaskWords.Default;
        var header = stream.Cells.FirstOrDefault(c => c.Key == EvaluationMarkers.DepartmentTasks);
        if (header is null || stream.LinePerCell) return null;
        var row = stream.RowOf(header).ToList();
        int? Column(List<string> keys) => row.FirstOrDefault(c => keys.Any(k => c.Key.StartsWith(k, StringComparison.Ordinal)))?.Index;
        var rateColumn = Column(words.RateColumns);
        var budgetColumn = Column(words.BudgetColumns);
        var executedColumn = Column(words.ExecutedColumns);
        var start = stream.OrderOf(header);
        var title = stream.Cells.Take(start).LastOrDefault(c => EvaluationMarkers.DepartmentTables.Any(t => c.Key.Contains(t, StringComparison.Ordinal)));
        var evaluation = new DepartmentEvaluation(title?.Text ?? words.DefaultTitle, (title ?? header).Location);
        foreach (var firstCell in stream.Cells.Skip(start + 1).Where(c => c.Index == header.Index || words.IsTotal(c.Key)))
        {
            var cells = stream.RowOf(firstCell).ToList();
            if (cells.All(c => EvaluationText.Number(c.Text) is null && !words.IsTotal(c.Key))) continue;
            string? Text(int? column) => column is int k ? cells.FirstOrDefault(c => c.Index == k)?.Text : null;
            PrintedNumber? At(int? column) => EvaluationText.Number(Text(column));
            EvaluationTask Task() => new(
                firstCell.Text,
                FractionRates.Read(Text(rateColumn), At(budgetColumn), At(executedColumn)),
                At(budgetColumn),
                At(executedColumn),
                firstCell.Location);
            if (words.IsTotal(firstCell.Key))
            {
                evaluation.TaskTotal = Task();
                break;
            }
            evaluation.Tasks.Add(Task());
        }
        var indicatorHeader = stream.Cells.Skip(start).FirstOrDefault(c => c.Key == IndicatorTableWords.Default.IndicatorHeader);
        if (indicatorHeader is not null)
        {
            var nextTitle = stream.Cells.Skip(stream.OrderOf(indicatorHeader)).FirstOrDefault(c => ProjectTableParser.IsTitle(c.Key));
            var section = IndicatorSectionParser.Parse(stream, indicatorHeader, nextTitle is null ? stream.Cells.Count : stream.OrderOf(nextTitle));
            evaluation.Targets.AddRange(section.Indicators);
            evaluation.TotalScore = section.TotalScore;
            evaluation.TotalLocation = section.TotalLocation;
        }
        return evaluation;
    }
}
