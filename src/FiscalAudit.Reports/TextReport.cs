using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Reports.Office;

namespace FiscalAudit.Reports;

/// <summary>
/// Output for people, one document at a time as each is ready: grouped by severity, most severe
/// first, each finding with its id and place; waived findings listed apart; at the end the files not
/// checked, the decisions whose problem is gone (已整改) and the totals.
/// </summary>
public sealed class TextReport
{
    private readonly TextWriter o;
    private readonly bool explain;
    private readonly RunTally tally = new();

    public TextReport(TextWriter output, bool explain = false)
    {
        o = output;
        this.explain = explain;
    }

    /// <summary>A whole report in one call (for a few documents already in memory).</summary>
    public static void Write(TextWriter output, IEnumerable<DocumentReport> reports, bool explain = false)
    {
        var report = new TextReport(output, explain);
        foreach (var r in reports) report.Add(r);
        report.Complete(Array.Empty<SkippedFile>(), Array.Empty<ReviewDecision>());
    }

    public void Add(DocumentReport report)
    {
        tally.Add(report);
        o.WriteLine($"━━ {report.File}");
        var d = report.Disclosure;
        if (d is not null)
        {
            o.WriteLine($"   类型：{d.KindName}　部门：{d.Department ?? "未识别"}　年度：{(d.Year?.ToString() ?? "未识别")}　单位：{d.Unit ?? "未识别"}　表格：{d.Tables.Count} 张{(d.IsTemplate ? $"（{DocumentSummary.TemplateNote}）" : string.Empty)}");
            if (d.Template is { } template) o.WriteLine($"   模板：{template.Name}（{template.Id}；{template.Reason}）");
        }
        if (report.SetFiles.Count > 0) o.WriteLine($"   同套文件：{string.Join("、", report.SetFiles.Select(Path.GetFileName))}（说明与表格一并审核）");
        ProjectText.Write(o, d, report.Findings, explain);
        var open = report.Findings.Where(f => !f.IsWaived).ToList();
        var waivedHere = report.Findings.Where(f => f.IsWaived).ToList();
        if (open.Count == 0) o.WriteLine(waivedHere.Count == 0 ? "   未发现问题。" : "   未发现需处理的问题。");
        foreach (var group in open.GroupBy(f => f.Severity).OrderBy(g => g.Key))
        {
            o.WriteLine($"   【{group.Key.ToChinese()}】{group.Count()} 条");
            foreach (var f in group) WriteFinding(f);
        }
        if (waivedHere.Count > 0)
        {
            o.WriteLine($"   【已忽略】{waivedHere.Count} 条（审核人员已忽略，不计入结果）");
            foreach (var f in waivedHere) WriteFinding(f);
        }
        o.WriteLine();
        o.Flush();
    }

    public void Complete(IReadOnlyList<SkippedFile> skipped, IReadOnlyList<ReviewDecision> fixedDecisions)
    {
        if (skipped.Count > 0)
        {
            o.WriteLine($"━━ 未审核 {skipped.Count} 个文件");
            foreach (var s in skipped) o.WriteLine($"   {s.File}：{s.Reason}");
            o.WriteLine();
        }
        if (fixedDecisions.Count > 0)
        {
            o.WriteLine($"━━ 已整改 {fixedDecisions.Count} 条（审核记录中有、本次未再发现的问题）");
            foreach (var d in fixedDecisions)
                o.WriteLine($"   {d.Id} {d.Rule ?? string.Empty} {d.File ?? string.Empty} {d.Message ?? string.Empty}".TrimEnd());
            o.WriteLine();
        }
        o.WriteLine(tally.Summary(skipped.Count));
        o.Flush();
    }

    private void WriteFinding(Finding f)
    {
        o.WriteLine($"   {f.RuleId} [{f.Id}] {f.Location.Describe()}");
        o.WriteLine($"       {f.Message}");
        if (f.Review is { } r && r.Status != ReviewStatus.Open)
            o.WriteLine($"       审核结论：{r.Status.ToChinese()}{(string.IsNullOrWhiteSpace(r.Reason) ? string.Empty : "（" + r.Reason + "）")}");
    }
}
