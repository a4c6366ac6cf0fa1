using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Rules.Narrative;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Budget;

/// <summary>
/// FA6401: each 功能分类 line of a budget narrative (“X（类）Y（款）Z（项）”科目N万元) states the amount of its row in the
/// function-classification table the sentence or section names (<see cref="ClassificationRows"/>), restated in 万元 and
/// compared rounding-aware. Lines that drop the digits beyond the printed ones instead of rounding them are one finding
/// for the document; any other difference is one finding per line.
/// </summary>
public sealed class ClassificationLineRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA6401", "功能分类科目说明金额与预算表不一致", Severity.Error, RuleCategories.Narrative,
        "说明中各功能分类科目的金额是否与预算表相同。",
        new[] { DocumentKind.Budget });

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        var truncated = new List<(NarrativeFact Line, CellRef Cell)>();
        var seen = new HashSet<(string, decimal)>();
        foreach (var line in disclosure.Narrative.Facts.Where(f => f.Kind == FactKind.Amount && f.Amount is not null && f.Classification.Count > 0))
        {
            var stated = line.Amount!.Value;
            var cells = ClassificationRows.Cells(disclosure, line).Select(c => StatedCell.InUnitOf(c, line)).Where(c => c.Number is not null).ToList();
            if (cells.Count == 0 || cells.Any(c => PrintedNumber.SameQuantity(stated, c.Number!.Value))) continue;
            // A statement repeated word for word (text hidden by clipping and extracted twice) is one statement.
            if (!seen.Add((line.Sentence, stated.Value))) continue;
            var cell = cells[0];
            if (Truncation(cell.Number!.Value, stated) == stated.Value) truncated.Add((line, cell));
            else yield return StatedCell.Mismatch(Rule, $"“{Path(line)}”", line, cell);
        }
        if (truncated.Count > 0) yield return Truncated(truncated);
    }

    /// <summary>One finding for every line that cut the table's amount instead of rounding it (87,708.0元 → 87.70 rather than 87.71).</summary>
    private static Finding Truncated(List<(NarrativeFact Line, CellRef Cell)> lines)
    {
        var (first, cell) = lines[0];
        var list = string.Join("；", lines.Select(x => $"“{x.Line.Classification[^1].Name}”{Ratios.Amount(x.Line.Amount!.Value)}（{x.Cell.Describe()} {MoneyUnits.Show(x.Cell.Number!.Value, x.Line.Unit)}，应为 {PrintedNumber.Format(x.Cell.Number!.Value.Value, x.Line.Amount!.Value.Decimals)}）"));
        return Rule.Report(
            $"{lines.Count} 处功能分类科目金额是把表格金额截去尾数而不是四舍五入：{list}",
            FindingLocation.At(first.Location), PrintedNumber.RoundLike(cell.Number!.Value.Value, first.Amount!.Value.Decimals), first.Amount!.Value.Value, Severity.Warning,
            lines.Skip(1).Select(x => FindingLocation.At(x.Line.Location)).Concat(lines.Select(x => x.Cell.Location)).ToList());
    }

    /// <summary>The table's amount cut (not rounded) to the statement's decimals.</summary>
    private static decimal Truncation(PrintedNumber table, PrintedNumber stated)
    {
        var scale = PrintedNumber.Unit(stated.Decimals);
        return Math.Truncate(table.Value / scale) * scale;
    }

    /// <summary>“一般公共服务支出 › 财政事务 › 行政运行”.</summary>
    private static string Path(NarrativeFact line) => string.Join(" › ", line.Classification.Select(p => p.Name));
}
