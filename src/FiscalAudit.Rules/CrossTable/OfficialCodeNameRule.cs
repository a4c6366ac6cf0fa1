using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Rules.Classification;

namespace FiscalAudit.Rules.CrossTable;

/// <summary>
/// FA2021: a classification code is printed with the name the year's 政府收支分类科目 gives it — in the
/// tables (by code), and in the text where a 科目 cited with its level (“医疗卫生与计划生育支出（类）”)
/// is a former or later name of a code of that level.
/// </summary>
public sealed class OfficialCodeNameRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA2021", "科目名称与当年政府收支分类科目不符", Severity.Warning, RuleCategories.CrossTable,
        "科目名称是否为文件年度政府收支分类的名称。");

    private static readonly ClassificationNames Names = ClassificationNames.National;

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure) =>
        disclosure.Year is int year ? Tables(disclosure, year).Concat(Text(disclosure, year)) : Enumerable.Empty<Finding>();

    private static IEnumerable<Finding> Tables(Disclosure disclosure, int year)
    {
        foreach (var table in disclosure.Tables.Where(t => !t.IsPlaceholder))
        {
            foreach (var row in table.Rows.Where(r => r.Code is { Length: > 0 } && r.Key.Length > 0))
            {
                var official = Names.Official(row.Code!, year);
                if (official is null || RowKeys.Normalize(official.Name) == row.Key) continue;
                var other = Names.NamesOf(row.Code!).FirstOrDefault(n => RowKeys.Normalize(n.Name) == row.Key);
                var subject = $"{table.Ordinal}科目 {row.Code}";
                yield return Rule.Report(Message(subject, row.Name, official, other, year, "表中"), FindingLocation.ForCell(table, row, null), official.Name, row.Name);
            }
        }
    }

    /// <summary>
    /// A cited name is reported only when no code of its level has it in the year and it is another
    /// year's name of exactly such a code; the text often drops 支出 (“一般公共服务（类）支出”), so the
    /// name with 支出 added counts as the name.
    /// </summary>
    private static IEnumerable<Finding> Text(Disclosure disclosure, int year)
    {
        foreach (var mark in disclosure.Narrative.Marks.Where(m => m.Kind == TextMarkKind.ClassificationName))
        {
            var key = RowKeys.Normalize(mark.Text);
            bool Cites(ClassificationName n) => RowKeys.Normalize(n.Name) is var k && (k == key || k == key + "支出");
            var codes = Names.Function.Where(c => c.Code.Length == 1 + 2 * mark.Value).ToList();
            if (codes.Any(c => c.Names.Any(n => n.AppliesTo(year) && Cites(n)))) continue;
            foreach (var code in codes)
            {
                if (Names.Official(code.Code, year) is not { } official || code.Names.FirstOrDefault(Cites) is not { } other) continue;
                var level = ClassificationPart.Mark(mark.Value!.Value);
                yield return Rule.Report(Message($"情况说明中{level}级科目 {code.Code}", mark.Text, official, other, year, "文中"), FindingLocation.At(mark.Location), official.Name, mark.Text);
                break;
            }
        }
    }

    /// <summary>
    /// Names the printed name as the code's former or later name (<paramref name="other"/>) when it is one;
    /// the year of the change is stated only when the list's ranges meet (the change is documented, not
    /// just the years seen).
    /// </summary>
    private static string Message(string subject, string printed, ClassificationName official, ClassificationName? other, int year, string where)
    {
        if (other?.To < year)
            return other.To + 1 == official.From
                ? $"{subject} 自{official.From}年起名称为“{official.Name}”，{where}仍为旧名称“{printed}”"
                : $"{subject} 在{year}年的名称为“{official.Name}”，{where}仍为旧名称“{printed}”（{other.To}年及以前的名称）";
        if (other?.From > year)
            return official.To + 1 == other.From
                ? $"{subject} 在{year}年的名称为“{official.Name}”，{where}为{other.From}年起才使用的名称“{printed}”"
                : $"{subject} 在{year}年的名称为“{official.Name}”，{where}为其后年度的名称“{printed}”";
        return $"{subject} 名称为“{printed}”，{year}年政府收支分类科目中该编码的名称为“{official.Name}”";
    }
}
