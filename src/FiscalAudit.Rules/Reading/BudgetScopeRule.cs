using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Targets;

namespace FiscalAudit.Rules.Reading;

/// <summary>
/// FA0004: a 部门预算 or 单位预算 is recognised (named by its level); say once, at the title that decided the kind, what was checked in
/// it — in a file made of 绩效目标表 only (<see cref="FormsOnly"/>), its forms.
/// </summary>
public sealed class BudgetScopeRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA0004", "部门预算审核范围", Severity.Info, RuleCategories.Reading,
        "说明本文件按部门预算模板审核，不套用决算规则。",
        new[] { DocumentKind.Budget });

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        var reason = disclosure.KindReason is { Length: > 0 } r ? $"（识别依据：{r}）" : string.Empty;
        var scope = FormsOnly.Is(disclosure)
            ? "本文件仅含绩效目标表（预算公开表另行公开），本次审核了各绩效目标表（资金合计、年度主要任务合计、指标值填写与量化、部门名称等），未要求预算公开表。"
            : "本次按预算模板审核了表格（缺表、表内平衡、表间一致）和说明文字（增减幅度、占比、前后数字、比较基数、模板文字、部门/单位用语等），并将说明中的功能分类科目金额及类款项标注、“三公”经费、机关运行经费、政府采购金额与表格逐项核对。";
        yield return Rule.Report($"本文件为{disclosure.KindName}公开文件{reason}。{scope}", FindingLocation.At(disclosure.KindLocation ?? new SourceLocation(disclosure.File)));
    }
}
