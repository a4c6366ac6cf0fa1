using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// The 总分/合计 row of an indicator table: its 分值 and 得分 (under the header's columns in a real table, else the
/// numbers after the label), and the grade printed in it or below it (“自评等级 | 优”, “总分 | 100 | 96.5 | 优”).
/// </summary>
internal static class TotalRowReader
{
    /// <summary>Reads the total row at <paramref name="label"/> (and the grade printed in or below it) into the section.</summary>
    public static void Read(CellStream stream, Cell header, Cell label, List<IndicatorColumn> columns, int end, IndicatorSection section)
    {
        ReadTotal(stream, header, label, columns, section);
        ReadGrade(stream, label, end, RowWidth(columns), section);
    }

    private static void ReadTotal(CellStream stream, Cell header, Cell label, List<IndicatorColumn> columns, IndicatorSection section)
    {
        section.TotalLocation = label.Location;
        if (!stream.LinePerCell && ReadTotalUnderHeader(stream, header, label, columns, section)) return;
        var numbers = TotalRowNumbers(stream, label, RowWidth(columns));
        if (numbers.Count == 0) return;
        if (label.Key.StartsWith("得分", StringComparison.Ordinal))
        {
            (section.TotalScore, section.TotalLocation) = (numbers[^1].Value, numbers[^1].At);
            return;
        }
        if (numbers.Count >= 2)
        {
            section.TotalWeight = numbers[0].Value;
            (section.TotalScore, section.TotalLocation) = (numbers[^1].Value, numbers[^1].At);
        }
        else if (numbers[0].Offset == 1 && columns.Contains(IndicatorColumn.Weight))
        {
            section.TotalWeight = numbers[0].Value;
        }
        else
        {
            (section.TotalScore, section.TotalLocation) = (numbers[0].Value, numbers[0].At);
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
            if (words.GradeAfterLabel(cell.Key, next) is string grade) (section.Grade, section.GradeLocation) = (grade, words.GradeAfterLabel(cell.Key, null) is null ? stream.Cells[i + 1].Location : cell.Location);
            return;
        }
    }

    /// <summary>How many cells a row of the indicator table holds at most: 绩效指标, the three levels and the value columns.</summary>
    private static int RowWidth(List<IndicatorColumn> columns) => columns.Count + 4;

    /// <summary>The numbers after the total label: the whole row of a real table, the next lines of a flattened one up to a row's width.</summary>
    private static List<(int Offset, PrintedNumber Value, SourceLocation At)> TotalRowNumbers(CellStream stream, Cell label, int width)
    {
        var cells = stream.LinePerCell
            ? Enumerable.Range(1, Math.Max(5, width - 1)).Select(k => stream.At(label, k)).OfType<Cell>()
            : stream.RowOf(label).Where(c => c.Index > label.Index);
        return cells.Select(c => (Offset: c.Index - label.Index, Value: EvaluationText.Number(c.Text), At: c.Location))
            .Where(x => x.Value is not null).Select(x => (x.Offset, x.Value!.Value, x.At)).ToList();
    }

    /// <summary>
    /// In a real table the total row prints its numbers in the grid columns of the header's 分值 and 得分
    /// (“总分 | | | | | 100 | 99.50”, however wide the label cell); false when the 得分 column holds no number.
    /// </summary>
    private static bool ReadTotalUnderHeader(CellStream stream, Cell header, Cell label, List<IndicatorColumn> columns, IndicatorSection section)
    {
        Cell? Under(IndicatorColumn column)
        {
            var k = columns.IndexOf(column);
            if (k < 0) return null;
            var index = header.Index + k + 1;
            return index > label.Index ? stream.RowOf(label).FirstOrDefault(c => c.Index == index) : null;
        }
        var scoreCell = Under(IndicatorColumn.Score);
        if (EvaluationText.Number(scoreCell?.Text) is not PrintedNumber score) return false;
        section.TotalWeight = EvaluationText.Number(Under(IndicatorColumn.Weight)?.Text);
        section.TotalScore = score;
        section.TotalLocation = scoreCell!.Location;
        return true;
    }
}
