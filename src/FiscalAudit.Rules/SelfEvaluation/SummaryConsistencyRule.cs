using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// FA4012: the narrative summaries agree with the tables: each project's 自评得分 (against the 总分, else — no total
/// printed — the sum of the funds and indicator scores), 全年预算数, 执行数 and
/// 执行率 equal the table's, and “共涉及项目N个，涉及资金X万元” matches the number of project tables and the
/// sum of their budgets (of their 全年执行数 when the sentence says the funds are what was spent: “涉及资金执行数X万元”). A count
/// of the projects whose results the document publishes (“在部门决算中反映…等2个项目的绩效自评结果”) must be the number of forms;
/// when it is lower than the count evaluated, the forms are a selection and the evaluated count and funds are not compared with them. Whether a stated rate equals 执行数 ÷ 预算数 is the narrative rule FA3004's.
/// The message names where the summary was stated (<see cref="SummarySource"/>): a 综述, a report's conclusion, the text about the whole department.
/// </summary>
public sealed class SummaryConsistencyRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA4012", "绩效自评综述与评价表不符", Severity.Error, RuleCategories.SelfEvaluation,
        "报告中的得分、金额、项目个数是否与评价表一致。");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        var set = disclosure.Evaluations;
        foreach (var p in set.Projects)
        {
            foreach (var f in CheckGroupScores(p)) yield return f;
            if (p.Summary is not ProjectSummary s) continue;
            foreach (var f in CheckSummary(p, s)) yield return f;
        }
        var forms = set.Projects.Where(p => !p.DepartmentWide).ToList();
        var published = set.Portfolio.Where(s => s.Published).ToList();
        var attached = set.AllFormsAttached is { } all ? FindingLocation.At(all) : null;
        foreach (var statement in set.Portfolio)
        {
            if (statement.Published) foreach (var f in CheckPublished(statement, forms)) yield return f;
            // Fewer projects published than evaluated: the forms are a selection, compared with the published count alone; as many
            // published as evaluated: the published count is the one compared with the forms, the funds still are. A count that says
            // nothing of the forms is compared only when as many are said to be published, or when the document says every
            // project's form is attached (“各项目自评表附后”), that sentence then related.
            else if (!published.Any(s => s.ProjectCount < statement.ProjectCount) && (!statement.Unattached || attached is not null || published.Any(s => s.ProjectCount == statement.ProjectCount)))
                foreach (var f in CheckPortfolio(statement, forms, !published.Any(s => s.ProjectCount == statement.ProjectCount), statement.Unattached ? attached : null)) yield return f;
        }
    }

    private static IEnumerable<Finding> CheckPublished(PortfolioStatement statement, List<ProjectEvaluation> projects)
    {
        if (projects.Count > 0 && statement.ProjectCount != projects.Count)
            yield return Rule.Report($"“{statement.Text}”称反映 {statement.ProjectCount} 个项目的自评结果，文件中有 {projects.Count} 张项目评价表", FindingLocation.At(statement.Location), projects.Count, statement.ProjectCount, Severity.Warning);
    }

    private static IEnumerable<Finding> CheckSummary(ProjectEvaluation p, ProjectSummary s)
    {
        var (scoreWords, said, place) = Wording(s.Source);
        var where = EvaluationLocations.Project(p, s.Location, place);
        var total = new[] { EvaluationLocations.Project(p, p.ReportedScoreLocation, "总分", IndicatorColumns.Score) };
        if (s.Score is PrintedNumber ss && p.ReportedScore is PrintedNumber ts && !ss.Interval.Overlaps(ts.Interval))
            yield return Rule.Report($"{scoreWords} {ss.Text} 分，评价表总分 {ts.Text}（差 {EvaluationNumbers.Show(ss.Value - ts.Value)}）", where, ts.Value, ss.Value, related: total);
        else if (s.Score is PrintedNumber stated && p.ReportedScore is null && p.Recomputation?.RecomputedScore is decimal sum && !stated.Interval.Contains(sum))
            yield return Rule.Report($"{scoreWords} {stated.Text} 分，评价表未填总分，各项得分之和为 {EvaluationNumbers.Show(sum)}（差 {EvaluationNumbers.Show(stated.Value - sum)}）", where, sum, stated.Value);
        if (p.Funds.FromSummary) yield break;
        var funds = new[] { EvaluationLocations.Project(p, p.Funds.Location, "资金") };
        if (Differs(s.Budget, p.Funds.Budget) is string budget) yield return Rule.Report($"{said}全年预算数 {budget}", where, p.Funds.Budget!.Value.Value, s.Budget!.Value.Value, related: funds);
        if (Differs(s.Executed, p.Funds.Executed) is string executed) yield return Rule.Report($"{said}执行数 {executed}", where, p.Funds.Executed!.Value.Value, s.Executed!.Value.Value, related: funds);
        if (s.Rate is PrintedNumber rate && p.Funds.PrintedRate is PrintedNumber tableRate && !rate.Interval.Overlaps(tableRate.Interval))
            yield return Rule.Report($"{said}执行率 {rate.Text}，评价表执行率 {tableRate.Text}", where, tableRate.Value, rate.Value, related: funds);
    }

    /// <summary>
    /// Each first-level score the report's text states (“决策指标得分13.5分（满分15分）”) against the table's: the group's printed
    /// score (its 小计 or 一级指标得分), else the sum of its indicators' scores when every one is printed. A text that agrees with that sum
    /// once each score above its weight is brought down to the weight states what the table would give without FA4001's error: not reported again.
    /// </summary>
    private static IEnumerable<Finding> CheckGroupScores(ProjectEvaluation p)
    {
        foreach (var stated in p.StatedGroupScores)
        {
            if (TableGroupScore(p, stated.Label) is not var (table, capped, what, at) || stated.Amount.Interval.Overlaps(table) || stated.Amount.Interval.Overlaps(capped)) continue;
            yield return Rule.Report($"评价报告所述{stated.Label}指标得分 {stated.Amount.Text} 分，评价表中{stated.Label}{what}（差 {EvaluationNumbers.Show(stated.Amount.Value - table.Mid)}）",
                EvaluationLocations.Project(p, stated.Location, stated.Label), table.Mid, stated.Amount.Value, related: new[] { at });
        }
    }

    /// <summary>
    /// The table's score of a first-level group, the same with every indicator's score capped at its weight, how the message names it and
    /// its place; null when the table states none and not every indicator of it is scored.
    /// </summary>
    private static (Interval Score, Interval Capped, string What, FindingLocation At)? TableGroupScore(ProjectEvaluation p, string name)
    {
        var group = IndicatorGroups.Level1(p, name) ?? new IndicatorGroup(name, null, p.Location);
        if (group.StatedScore is PrintedNumber printed) return (printed.Interval, printed.Interval, $"小计 {printed.Text}", EvaluationLocations.Group(p, group, IndicatorColumns.Score));
        var indicators = IndicatorGroups.Indicators(p, group).ToList();
        if (indicators.Count == 0 || indicators.Any(i => i.Score is null)) return null;
        var sum = indicators.Sum(i => i.Score!.Value.Value);
        var capped = indicators.Sum(i => Math.Min(i.Score!.Value.Value, i.Weight?.Value ?? i.Score!.Value.Value));
        return (Interval.Exact(sum), Interval.Exact(capped), $"所属 {indicators.Count} 项指标得分之和 {EvaluationNumbers.Show(sum)}", EvaluationLocations.Project(p, group.Location, group.Name));
    }

    /// <summary>How the message names the summary's score and figures, and the place it points to, by where the summary was stated.</summary>
    private static (string Score, string Said, string Place) Wording(SummarySource source) => source switch
    {
        SummarySource.SelfReportConclusion => ("自评报告结论得分", "自评报告结论", "自评报告结论"),
        SummarySource.EvaluationReportConclusion => ("评价报告结论得分", "评价报告结论", "评价报告结论"),
        SummarySource.DepartmentStatement => ("文中部门整体自评得分", "文中部门整体", "部门整体自评表述"),
        _ => ("综述自评得分", "综述", "绩效自评综述"),
    };

    private static string? Differs(PrintedNumber? stated, PrintedNumber? table)
    {
        if (stated is not PrintedNumber s || table is not PrintedNumber t) return null;
        if (EvaluationNumbers.Amount(s).Overlaps(EvaluationNumbers.Amount(t))) return null;
        return $"{s.Text} 万元，评价表为 {t.Text} 万元（差 {EvaluationNumbers.Show(s.Value - t.Value)}）";
    }

    private static IEnumerable<Finding> CheckPortfolio(PortfolioStatement statement, List<ProjectEvaluation> projects, bool checkCount, FindingLocation? attached)
    {
        if (projects.Count == 0) yield break;
        var where = FindingLocation.At(statement.Location);
        var related = attached is null ? null : new[] { attached };
        if (checkCount && statement.ProjectCount != projects.Count)
            yield return Rule.Report($"“{statement.Text}”称项目 {statement.ProjectCount} 个，{(attached is null ? string.Empty : "文中称各项目自评表附后，")}文件中有 {projects.Count} 张项目评价表", where, projects.Count, statement.ProjectCount, Severity.Warning, related);
        Func<ProjectEvaluation, PrintedNumber?> column = statement.AmountIsExecuted ? p => p.Funds.Executed : p => p.Funds.Budget;
        if (statement.Amount is not PrintedNumber amount || projects.Any(p => column(p) is null)) yield break;
        var sum = Interval.Sum(projects.Select(p => EvaluationNumbers.Amount(column(p)!.Value)));
        var what = statement.AmountIsExecuted ? "全年执行数" : "全年预算数";
        if (!EvaluationNumbers.Amount(amount).Overlaps(sum))
            yield return Rule.Report($"“{statement.Text}”称资金 {amount.Text} 万元，各项目{what}合计 {EvaluationNumbers.Show(sum.Mid)} 万元（差 {EvaluationNumbers.Show(amount.Value - sum.Mid)}）", where, sum.Mid, amount.Value, related: related);
    }
}
