using System.Text.Json.Serialization;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Rules.Narrative;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Budget;

/// <summary>
/// FA6406: the 功能分类 lines of one section (<see cref="ClassificationRows"/>, and amounts labelled with a 类 of the
/// same table; a line under another line's 科目 not counted again) whose stated amounts add up to their table's total row explain the whole table; then the rows they
/// name must add up to that total too (rounding-aware). When they do not, a line names a narrower 科目 than its amount
/// (“人大事务行政运行（项）” 10,528.33 where 行政运行 is 4,545.94 and 人大事务 10,528.33) and the explanation leaves the
/// table's other 科目 out. The total rows' names are data: Templates/budget-classification-total.json.
/// </summary>
public sealed class ClassificationTotalRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA6406", "功能分类科目说明合计与预算表合计不符", Severity.Warning, RuleCategories.Narrative,
        "说明所列功能分类科目金额之和是否等于表中合计。",
        new[] { DocumentKind.Budget });

    private static readonly TotalsFile Data = EmbeddedJson.Load<TotalsFile>("budget-classification-total.json");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var amounts = disclosure.Narrative.Facts.Where(f => f.Kind == FactKind.Amount && f.Amount is not null && seen.Add(f.Sentence + "|" + f.Quantity)).ToList();
        var lines = amounts.Where(f => f.Classification.Count > 0)
            .Select(f => (Line: f, Cell: ClassificationRows.Cells(disclosure, f).FirstOrDefault()))
            .Where(x => x.Cell is { Row.Code: not null })
            .Select(x => (x.Line, Cell: x.Cell!))
            .ToList();
        foreach (var group in lines.GroupBy(x => (x.Cell.Table, x.Line.Section)))
        {
            var (table, section) = group.Key;
            var column = group.First().Cell.Column;
            // “2.社会保障和就业支出1608.51万元” in the same section: a line of the 类 it names.
            var classes = amounts.Where(f => f.Section == section && f.Classification.Count == 0)
                .Select(f => (Line: f, Cell: ClassificationRows.ClassCell(table, column, f.Quantity))).Where(x => x.Cell is not null).Select(x => (x.Line, Cell: x.Cell!));
            if (Check(group.Concat(classes).OrderBy(x => amounts.IndexOf(x.Line)).ToList()) is { } finding) yield return finding;
        }
    }

    private static Finding? Check(IReadOnlyList<(NarrativeFact Line, CellRef Cell)> lines)
    {
        if (lines.Count < Data.MinimumLines) return null;
        var (first, any) = lines[0];
        var table = any.Table;
        if (Total(table) is not { } totalRow || new CellRef(table, totalRow, any.Column).InUnit(first.Unit) is not { Number: PrintedNumber total } totalCell) return null;
        var counted = lines.DistinctBy(x => x.Cell.Row.Code).Where(x => !lines.Any(o => Under(x.Cell.Row, o.Cell.Row)))
            .Select(x => (x.Line, Cell: x.Cell.InUnit(first.Unit))).Where(x => x.Cell.Number is not null).ToList();
        var stated = Interval.Sum(counted.Select(x => x.Line.Amount!.Value.Interval));
        var named = Interval.Sum(counted.Select(x => x.Cell.Number!.Value.Interval));
        if (!stated.Overlaps(total.Interval) || named.Overlaps(total.Interval)) return null;
        var decimals = PrintedNumber.MaxDecimals(counted.Select(x => x.Line.Amount!.Value));
        var wrong = counted.Where(x => !PrintedNumber.SameQuantity(x.Line.Amount!.Value, x.Cell.Number!.Value))
            .Select(x => $"“{x.Line.Quantity}”{Ratios.Amount(x.Line.Amount!.Value)}，表中“{x.Cell.Row.Label}”为 {MoneyUnits.Show(x.Cell.Number!.Value, first.Unit)}");
        var cited = counted.Select(x => x.Line.Amount!.Value).Append(total).ToArray();
        return Rule.Report(
            (FormattableString)$"功能分类科目说明各项合计 {Amounts.Worked(stated.Mid, decimals, cited)} 万元，与{table.Ordinal}“{totalRow.Label}”{MoneyUnits.Show(total, first.Unit)}相符，但所列科目在{table.Ordinal}中合计只有 {Amounts.Worked(named.Mid, decimals, cited)} 万元（差 {Amounts.Worked(Math.Abs(total.Value - named.Mid), decimals, cited)}）：{string.Join("；", wrong)}，说明未涵盖该表其余科目",
            FindingLocation.At(first.Location), PrintedNumber.RoundLike(total.Value, decimals), PrintedNumber.RoundLike(named.Mid, decimals),
            related: lines.Skip(1).Select(x => FindingLocation.At(x.Line.Location)).Append(totalCell.Location).Concat(counted.Select(x => x.Cell.Location)).ToList());
    }

    /// <summary>True when <paramref name="row"/> is a lower 科目 of <paramref name="other"/> (its code extends the other's).</summary>
    private static bool Under(TableRow row, TableRow other) =>
        row.Code!.Length > other.Code!.Length && row.Code.StartsWith(other.Code, StringComparison.Ordinal);

    /// <summary>The table's total row: the first of the data's total names the table prints, as a row without code.</summary>
    private static TableRow? Total(FiscalTable table) =>
        Data.Totals.Select(name => table.Rows.FirstOrDefault(r => r.Code is null && r.Name.Replace(" ", string.Empty) == name)).FirstOrDefault(r => r is not null);

    private sealed record TotalsFile(
        [property: JsonPropertyName("totals")] IReadOnlyList<string> Totals,
        [property: JsonPropertyName("minimumLines")] int MinimumLines);
}
