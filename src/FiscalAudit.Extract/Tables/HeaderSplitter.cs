using System.Text.Json;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.Tables;

/// <summary>
/// Splits a table's rows into header rows and data rows. The header ends at the "栏次" row (column
/// numbers 1, 2, 3 …) when there is one, otherwise at the first row that carries a figure, a
/// classification code or a 合计/总计 label (<see cref="IsDataRow"/>). What marks each is in header-rows.json and, for the 栏次 label and the totals, Core's table-marks.json.
/// </summary>
public static class HeaderSplitter
{
    private static readonly Data Marks = EmbeddedJson.Load<Data>(typeof(HeaderSplitter).Assembly, "header-rows.json", new(JsonSerializerDefaults.Web));

    /// <summary>
    /// Index of the first data row; the 栏次 row, if any, is at DataStart − 1. Found is false when no
    /// row carries data (a blank template), and DataStart is then only a guess of one header row.
    /// </summary>
    public static (int DataStart, bool HasColumnNumberRow, bool Found) Split(IReadOnlyList<SourceRow> rows)
    {
        var limit = Math.Min(rows.Count, Marks.MaximumHeaderRows);
        for (var i = 0; i < limit; i++)
        {
            if (IsDataRow(rows[i])) return (i, false, true);
            if (IsColumnNumberRow(rows[i])) return (i + 1, true, true);
        }
        return (Math.Min(rows.Count, 1), false, false);
    }

    /// <summary>
    /// "栏次 1 2 3…" or just "1 2 3 … n"; after its 栏次 a header word merged down into the row is passed over (“栏次 行次 1”,
    /// “栏次 科目名称 1 2”: converters that repeat a merged cell's text in every cell it covers print it again there).
    /// </summary>
    /// <remarks>Called for every data row, so it stops at the first cell that is not a column number.</remarks>
    public static bool IsColumnNumberRow(SourceRow row)
    {
        bool? labelled = null;
        var numbers = 0;
        var ascending = true;
        foreach (var cell in row.Cells)
        {
            var text = HeaderText.Normalize(cell.Text);
            if (text.Length == 0) continue;
            var label = TableMarks.ColumnNumberLabels.Contains(text);
            labelled ??= label;
            if (label) continue;
            var number = int.TryParse(text, out var n) && n > 0 && n < Marks.ColumnNumberLimit;
            if (!number && labelled == true) continue;
            if (!number) return false;
            numbers++;
            ascending &= n == numbers;
        }
        return numbers > 0 && (labelled == true || (numbers >= 3 && ascending));
    }

    /// <summary>
    /// A row with a figure no header prints — an amount with decimals, or a whole amount (a table in 元 as a workbook shows it,
    /// “12864000”) that is neither a column number nor a year — or a classification code, or a 合计/总计 label beside its figures.
    /// </summary>
    public static bool IsDataRow(SourceRow row)
    {
        if (IsColumnNumberRow(row)) return false;
        foreach (var cell in row.Cells)
        {
            if (NumberText.Parse(cell.Text) is { } number && IsFigure(number)) return true;
            if (CodeText.IsFunctionOrEconomicCode(HeaderText.Normalize(cell.Text))) return true;
        }
        var label = HeaderText.Normalize(string.Concat(row.Cells.Where(c => NumberText.Parse(c.Text) is null).Select(c => c.Text)));
        return TableMarks.Totals.Contains(label);
    }

    /// <summary>A number with decimals, or a whole amount large enough that cannot be a year (a header's “2024”).</summary>
    private static bool IsFigure(PrintedNumber number) =>
        number.Decimals > 0 || (!number.IsPercent && Math.Abs(number.Value) >= Marks.LeastWholeFigure && !Marks.Years.Holds(number.Value));

    private sealed record Data(int MaximumHeaderRows, int ColumnNumberLimit, decimal LeastWholeFigure, YearRange Years);

    private sealed record YearRange(int From, int To)
    {
        public bool Holds(decimal value) => value >= From && value <= To;
    }
}
