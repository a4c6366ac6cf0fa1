using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Reports;

/// <summary>
/// One line per project evaluation (预算, 执行, 执行率, 自评, 重算, 参考, 等级) with the rules that
/// found something in it; with <c>explain</c>, the recomputation step by step. Department evaluations
/// get one line each. Values are those extracted and recomputed upstream.
/// </summary>
internal static class ProjectText
{
    public static void Write(TextWriter o, Disclosure? d, IReadOnlyList<Finding> findings, bool explain)
    {
        if (d is null || d.Evaluations.IsEmpty) return;
        if (d.Evaluations.Projects.Count > 0) o.WriteLine($"   项目绩效自评 {d.Evaluations.Projects.Count} 个：");
        foreach (var p in d.Evaluations.Projects)
        {
            var rules = findings.Where(f => f.Location.Table == p.Name).Select(f => f.RuleId).Distinct().ToList();
            var r = p.Recomputation;
            o.WriteLine($"   · {(p.DepartmentWide ? "部门整体自评表：" : string.Empty)}{p.Name}　预算 {N(p.Funds.Budget)}　执行 {N(p.Funds.Executed)}　执行率 {N(p.Funds.PrintedRate)}　自评 {N(p.ReportedScore)}　重算 {D(r?.RecomputedScore)}　参考 {D(r?.ReferenceScore)}　等级 {p.Grade ?? "—"}"
                + (rules.Count > 0 ? $"　问题 {string.Join(" ", rules)}" : string.Empty));
            if (!explain || r is null) continue;
            foreach (var step in r.Steps) o.WriteLine($"       {step}");
        }
        foreach (var e in d.Evaluations.Departments)
        {
            o.WriteLine($"   · 部门整体评价“{e.Title}”　指标 {e.All().Count()} 项　任务 {e.Tasks.Count} 项　合计得分 {N(e.TotalScore)}　重算 {D(e.RecomputedScore)}");
        }
    }

    private static string N(PrintedNumber? n) => n?.Text ?? "—";

    private static string D(decimal? v) => v is decimal x ? x.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : "—";
}
