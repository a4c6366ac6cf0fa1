using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Rules.Reading;

/// <summary>FA0004: a 部门预算 or 单位预算 is recognised (named by its level); its tables are checked, its text not yet: say so once, at the title that decided the kind.</summary>
public sealed class BudgetNotAuditedRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA0004", "部门预算文字未审核", Severity.Info, RuleCategories.Reading,
        "文件被识别为部门预算（单位预算）公开文件；按预算模板审核表格（缺表、表内平衡、表间一致），预算编制说明等文字中的数字尚未审核，也不套用决算规则。",
        new[] { DocumentKind.Budget });

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        var reason = disclosure.KindReason is { Length: > 0 } r ? $"（识别依据：{r}）" : string.Empty;
        yield return Rule.Report(
            $"本文件为{disclosure.KindName}公开文件{reason}。本次按预算模板审核了表格（缺表、表内平衡、表间一致），预算编制说明等文字中的数字尚未审核。",
            FindingLocation.At(disclosure.KindLocation ?? new SourceLocation(disclosure.File)));
    }
}
