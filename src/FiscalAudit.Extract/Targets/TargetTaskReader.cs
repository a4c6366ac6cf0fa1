using FiscalAudit.Core.Model.Targets;
using FiscalAudit.Extract.SelfEvaluation;

namespace FiscalAudit.Extract.Targets;

/// <summary>
/// The 年度主要任务 of a 部门整体支出绩效目标表, from the header naming its columns (任务名称 | 主要内容 | 预算金额) to the goal, the
/// funds or the indicator table. In a real table each row is read by the header's columns (a row without a task name, such as
/// a sub-header “总额 | 财政拨款 | 其他资金”, passed over); flattened one cell per line, a task is its name, the lines of its 主要内容
/// and the first number after them. The task named as the total word (合计) is the total of the others.
/// </summary>
internal sealed class TargetTaskReader(CellStream stream, ProjectTargetVocabulary words)
{

    /// <summary>The tasks of the form in [<paramref name="start"/>, <paramref name="end"/>) and their total row, each with its amount.</summary>
    public (List<TargetTask> Tasks, PlacedNumber? Total) Read(int start, int end)
    {
        var t = words.Department.Tasks;
        var header = Enumerable.Range(start, end - start).Select(i => stream.Cells[i]).FirstOrDefault(c => c.Key == t.Name);
        if (header is null) return (new(), null);
        var rows = stream.LinePerCell ? ByLines(header, end) : ByColumns(header, end);
        var tasks = rows.Where(r => r.Name.Key != t.Total).Select(r => new TargetTask(r.Name.Text, r.Amount, r.Name.Location)).ToList();
        return (tasks, rows.FirstOrDefault(r => r.Name.Key == t.Total).Amount);
    }

    private List<(Cell Name, PlacedNumber? Amount)> ByColumns(Cell header, int end)
    {
        var amountColumn = stream.RowOf(header).FirstOrDefault(c => c.Key.StartsWith(words.Department.Tasks.Amount, StringComparison.Ordinal))?.Index;
        var found = new List<(Cell, PlacedNumber?)>();
        var i = stream.OrderOf(header) + 1;
        while (i < end && stream.Cells[i].Row == header.Row) i++;
        while (i < end)
        {
            var row = stream.Cells[i].Row;
            var cells = new List<Cell>();
            for (; i < end && stream.Cells[i].Row == row; i++) cells.Add(stream.Cells[i]);
            if (cells.Any(EndsTasks)) break;
            if (cells.FirstOrDefault(c => c.Index == header.Index) is not { } name) continue;
            var amount = cells.FirstOrDefault(c => c.Index == amountColumn);
            found.Add((name, amount is not null && EvaluationText.Number(amount.Text) is { } n ? new PlacedNumber(n, amount.Location) : null));
        }
        return found;
    }

    private List<(Cell Name, PlacedNumber? Amount)> ByLines(Cell header, int end)
    {
        var t = words.Department.Tasks;
        var headerWords = new[] { t.Name, t.Content, t.Amount };
        var found = new List<(Cell, PlacedNumber?)>();
        Cell? name = null;
        for (var i = stream.OrderOf(header) + 1; i < end; i++)
        {
            var cell = stream.Cells[i];
            if (EndsTasks(cell)) break;
            if (headerWords.Any(w => cell.Key.StartsWith(w, StringComparison.Ordinal))) continue;
            var number = EvaluationText.Number(cell.Text);
            if (number is not null && name is not null)
            {
                found.Add((name, new PlacedNumber(number.Value, cell.Location)));
                name = null;
            }
            else if (number is null)
            {
                name ??= cell;
            }
        }
        return found;
    }

    /// <summary>A cell of what follows the tasks: a label of the funds or the goal, or the indicator table's header.</summary>
    private bool EndsTasks(Cell cell) =>
        cell.Key == words.Header.Level1 || cell.Key == words.Header.Level3 || words.Labels.Any(l => cell.Key.StartsWith(l, StringComparison.Ordinal));
}
