using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Classification;

namespace FiscalAudit.Rules.CrossTable;

/// <summary>FA2021: a classification code is printed with the name the year's 政府收支分类科目 gives it.</summary>
public sealed class OfficialCodeNameRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA2021", "科目名称与当年政府收支分类科目不符", Severity.Warning, RuleCategories.CrossTable,
        "表中功能分类、经济分类科目的名称应与文件所属年度政府收支分类科目中该编码的名称一致（科目名称表未收录的编码不检查）。");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        if (disclosure.Year is not int year) yield break;
        foreach (var table in disclosure.Tables.Where(t => !t.IsPlaceholder))
        {
            foreach (var row in table.Rows.Where(r => r.Code is { Length: > 0 } && r.Key.Length > 0))
            {
                var official = ClassificationNames.National.Official(row.Code!, year);
                if (official is null || RowKeys.Normalize(official.Name) == row.Key) continue;
                yield return Rule.Report(Message(table, row, official, year), FindingLocation.ForCell(table, row, null), official.Name, row.Name);
            }
        }
    }

    /// <summary>
    /// Names the printed name as the code's former or later name when it is one; the year of the change
    /// is stated only when the list's ranges meet (the change is documented, not just the years seen).
    /// </summary>
    private static string Message(FiscalTable table, TableRow row, ClassificationName official, int year)
    {
        var subject = $"{TableIds.ChineseOrdinal(table.Id)}科目 {row.Code}";
        var other = ClassificationNames.National.NamesOf(row.Code!).FirstOrDefault(n => RowKeys.Normalize(n.Name) == row.Key);
        if (other?.To < year)
            return other.To + 1 == official.From
                ? $"{subject} 自{official.From}年起名称为“{official.Name}”，表中仍为旧名称“{row.Name}”"
                : $"{subject} 在{year}年的名称为“{official.Name}”，表中仍为旧名称“{row.Name}”（{other.To}年及以前的名称）";
        if (other?.From > year)
            return official.To + 1 == other.From
                ? $"{subject} 在{year}年的名称为“{official.Name}”，表中为{other.From}年起才使用的名称“{row.Name}”"
                : $"{subject} 在{year}年的名称为“{official.Name}”，表中为其后年度的名称“{row.Name}”";
        return $"{subject} 名称为“{row.Name}”，{year}年政府收支分类科目中该编码的名称为“{official.Name}”";
    }
}
