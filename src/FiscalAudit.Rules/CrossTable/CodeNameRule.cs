using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.CrossTable;

/// <summary>FA2020: within one document a classification code carries one name.</summary>
public sealed class CodeNameRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA2020", "同一科目编码名称不一致", Severity.Warning, RuleCategories.CrossTable,
        "同一科目编码在各表中是否用同一名称。");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        var first = new Dictionary<(bool Economic, string Code), (FiscalTable Table, TableRow Row)>();
        foreach (var table in disclosure.Tables.Where(t => !t.IsPlaceholder))
        {
            var economic = table.Id == "T6";
            foreach (var row in table.Rows.Where(r => r.Code is { Length: > 0 } && r.Key.Length > 0))
            {
                var key = (economic, row.Code!);
                if (!first.TryGetValue(key, out var seen))
                {
                    first[key] = (table, row);
                    continue;
                }
                if (seen.Row.Key == row.Key) continue;
                var where = seen.Table == table ? "本表前文" : seen.Table.Ordinal;
                yield return Rule.Report(
                    $"{table.Ordinal}科目 {row.Code} 名称为“{row.Name}”，而{where}同一编码的名称为“{seen.Row.Name}”：同一科目编码应使用同一名称",
                    FindingLocation.ForCell(table, row, null), seen.Row.Name, row.Name, related: new[] { FindingLocation.ForCell(seen.Table, seen.Row, null) });
            }
        }
    }
}
