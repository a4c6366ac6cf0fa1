using FiscalAudit.Core.Findings;
using FiscalAudit.Reports.Office;

namespace FiscalAudit.Reports.Xlsx;

/// <summary>已整改: the reviewer's decisions whose finding no longer occurs in this run.</summary>
internal static class FixedSheet
{
    private static readonly SheetColumn[] Columns =
    {
        new("序号", ColumnKind.Integer),
        new("编号", ColumnKind.Center, 14),
        new("规则", ColumnKind.Wrap, 28),
        new("文件", ColumnKind.Wrap, 36),
        new("原问题说明", ColumnKind.Wrap, 60),
        new("原审核结论", ColumnKind.Wrap, 36),
    };

    public static SheetTable Build(IReadOnlyList<ReviewDecision> decisions)
    {
        var sheet = new SheetTable("已整改", $"已整改问题（{decisions.Count} 条：以前记录的问题本次未再出现）", Columns);
        for (var i = 0; i < decisions.Count; i++)
        {
            var d = decisions[i];
            sheet.Add(0, i + 1, d.Id, d.Rule is null ? null : RuleTitles.Describe(d.Rule), d.File, d.Message, ReviewText.Of(d));
        }
        return sheet;
    }
}
