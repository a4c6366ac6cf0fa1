using FiscalAudit.Reports.Xlsx;

namespace FiscalAudit.Web.Application.Organisation;

/// <summary>The coverage ledger as 覆盖台账_{year}.xlsx: one row per unit, per kind its state and counts; units missing an expected document or late shaded.</summary>
public static class CoverageExport
{
    public static string FileName(int year) => $"覆盖台账_{year}.xlsx";

    public static byte[] Write(CoverageView view)
    {
        var columns = new List<PlainColumn> { new("编码", MaxWidth: 16), new("部门/单位", MaxWidth: 40) };
        foreach (var kind in view.Kinds)
            columns.AddRange([new($"{kind}", MaxWidth: 10), new($"{kind}收到", true), new($"{kind}已检查", true), new($"{kind}已审核", true), new($"{kind}逾期", true), new($"{kind}错误", true)]);
        var rows = view.Rows.Select(r => (
            new object?[] { r.Code, new string('　', r.Depth) + r.Name }.Concat(r.Cells.SelectMany(c => new object?[] { c.State, c.Received, c.Checked, c.Reviewed, c.Late + (c.Overdue ? 1 : 0), c.Errors })).ToArray(),
            r.Missing || r.Cells.Any(c => c.Overdue || c.Late > 0)));
        using var output = new MemoryStream();
        PlainWorkbook.Write(output, "覆盖台账", $"{view.Year} 年度覆盖台账（{view.Rows.Count} 个部门/单位，缺 {view.MissingCount} 份应报文件{(view.LateCount > 0 ? $"，逾期 {view.LateCount} 项" : "")}）", columns, rows);
        return output.ToArray();
    }
}
