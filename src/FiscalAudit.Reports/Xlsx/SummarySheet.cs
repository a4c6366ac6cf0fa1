namespace FiscalAudit.Reports.Xlsx;

/// <summary>汇总: one row per file, skipped files included (without counts), with counts (waived findings apart), the conclusion and the other files of its document set.</summary>
internal static class SummarySheet
{
    private static readonly SheetColumn[] Columns =
    {
        new("序号", ColumnKind.Integer),
        new("文件", ColumnKind.Wrap, 40),
        new("部门", ColumnKind.Wrap, 28),
        new("年度", ColumnKind.Integer),
        new("类型", ColumnKind.Center, 14),
        new("错误", ColumnKind.Integer),
        new("警告", ColumnKind.Integer),
        new("提示", ColumnKind.Integer),
        new("已忽略", ColumnKind.Integer),
        new("结论", ColumnKind.Wrap, 40),
        new("同套文件", ColumnKind.Wrap, 40),
    };

    public static SheetTable Build(IReadOnlyList<LedgerDocument> documents)
    {
        var withErrors = documents.Count(d => d.Summary.Errors > 0);
        var skipped = documents.Count(d => !d.Summary.Checked);
        var sheet = new SheetTable("汇总", $"审核结果汇总（{documents.Count} 个文件：有错误 {withErrors} 个，未审核 {skipped} 个）", Columns);
        for (var i = 0; i < documents.Count; i++)
        {
            var s = documents[i].Summary;
            object?[] counts = s.Checked ? new object?[] { s.Errors, s.Warnings, s.Infos, s.Waived } : new object?[4];
            sheet.Add(0, new object?[] { i + 1, s.File, s.Department, documents[i].Year, s.Kind }.Concat(counts).Append(s.Conclusion).Append(s.SetFiles).ToArray());
        }
        return sheet;
    }
}
