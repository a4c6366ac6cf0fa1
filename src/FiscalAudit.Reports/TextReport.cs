using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Reports;

/// <summary>Output for people: grouped by document, most severe first, each finding with its place.</summary>
public static class TextReport
{
    public static void Write(TextWriter output, IReadOnlyList<DocumentReport> documents, bool explain = false)
    {
        foreach (var d in documents) WriteDocument(output, d, explain);
        WriteSummary(output, documents);
    }

    private static void WriteDocument(TextWriter o, DocumentReport report, bool explain)
    {
        o.WriteLine($"━━ {report.File}");
        var d = report.Disclosure;
        if (d is not null)
        {
            o.WriteLine($"   类型：{d.Kind.ToChinese()}　部门：{d.Department ?? "未识别"}　年度：{(d.Year?.ToString() ?? "未识别")}　单位：{d.Unit ?? "未识别"}　表格：{d.Tables.Count} 张{(d.IsTemplate ? "（空白模板：表中没有数字，只检查完整性）" : string.Empty)}");
        }
        ProjectText.Write(o, d, report.Findings, explain);
        if (report.Findings.Count == 0)
        {
            o.WriteLine("   未发现问题。");
            o.WriteLine();
            return;
        }
        foreach (var group in report.Findings.GroupBy(f => f.Severity).OrderBy(g => g.Key))
        {
            o.WriteLine($"   【{group.Key.ToChinese()}】{group.Count()} 条");
            foreach (var f in group)
            {
                o.WriteLine($"   {f.RuleId} {f.Location.Describe()}");
                o.WriteLine($"       {f.Message}");
            }
        }
        o.WriteLine();
    }

    private static void WriteSummary(TextWriter o, IReadOnlyList<DocumentReport> documents)
    {
        var all = documents.SelectMany(d => d.Findings).ToList();
        var unreadable = documents.Count(d => d.ReadError is not null);
        o.WriteLine($"共审核 {documents.Count} 个文件（无法读取 {unreadable} 个）：错误 {all.Count(f => f.Severity == Severity.Error)} 条，警告 {all.Count(f => f.Severity == Severity.Warning)} 条，提示 {all.Count(f => f.Severity == Severity.Info)} 条。");
    }
}
