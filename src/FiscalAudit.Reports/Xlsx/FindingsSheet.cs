using FiscalAudit.Core.Findings;
using FiscalAudit.Reports.Office;

namespace FiscalAudit.Reports.Xlsx;

/// <summary>问题清单: one row per finding, waived ones included (their 审核结论 says so), in document order.</summary>
internal static class FindingsSheet
{
    private static readonly SheetColumn[] Columns =
    {
        new("序号", ColumnKind.Integer),
        new("文件", ColumnKind.Wrap, 24),
        new("部门", ColumnKind.Wrap, 16),
        new("年度", ColumnKind.Integer),
        new("类型", ColumnKind.Center, 10),
        new("规则", ColumnKind.Wrap, 20),
        new("级别", ColumnKind.Center),
        new("所属部分", ColumnKind.Wrap, 18),
        new("位置（页/表/行/列）", ColumnKind.Wrap, 28),
        new("说明", ColumnKind.Wrap, 50),
        new("应为", ColumnKind.Amount, 14),
        new("实为", ColumnKind.Amount, 14),
        new("编号", ColumnKind.Center, 14),
        new("审核结论", ColumnKind.Wrap, 18),
    };

    public static SheetTable Build(IReadOnlyList<LedgerDocument> documents)
    {
        var count = documents.Sum(d => d.Findings.Count);
        var sheet = new SheetTable("问题清单", $"预决算公开审核问题清单（{documents.Count} 个文件，{count} 条）", Columns);
        var number = 0;
        for (var i = 0; i < documents.Count; i++)
        {
            var s = documents[i].Summary;
            foreach (var f in documents[i].Findings)
            {
                sheet.Add(i % 2, ++number, s.File, s.Department, documents[i].Year, s.Kind, RuleTitles.Describe(f.RuleId), f.Severity.ToChinese(),
                    f.Part, f.Place, f.Message, f.Expected, f.Actual, f.Id, f.Review);
            }
        }
        return sheet;
    }
}
