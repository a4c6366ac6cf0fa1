using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Rules.Reading;

/// <summary>FA0004: a 部门预算 or 单位预算 is recognised (named by its level), but no budget checks exist yet; say so once, at the title that decided the kind.</summary>
public sealed class BudgetNotAuditedRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA0004", "部门预算未审核", Severity.Info, RuleCategories.Reading,
        "文件被识别为部门预算（单位预算）公开文件；预算审核规则尚未提供，只识别文件类型，不做数字审核，也不套用决算规则。",
        new[] { DocumentKind.Budget });

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        var reason = disclosure.KindReason is { Length: > 0 } r ? $"（识别依据：{r}）" : string.Empty;
        yield return Rule.Report(
            $"本文件为{disclosure.KindName}公开文件{reason}。预算审核规则尚未提供，本次只识别了文件类型，未做数字审核。",
            FindingLocation.At(disclosure.KindLocation ?? new SourceLocation(disclosure.File)));
    }
}
