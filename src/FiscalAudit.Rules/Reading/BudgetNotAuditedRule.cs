using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Rules.Reading;

/// <summary>FA0004: a 部门预算 or 单位预算 is recognised (named by its level); only its narrative is checked yet, not its tables; say so once, at the title that decided the kind.</summary>
public sealed class BudgetNotAuditedRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA0004", "部门预算未审核", Severity.Info, RuleCategories.Reading,
        "文件被识别为部门预算（单位预算）公开文件；预算表格审核规则尚未提供，只审核说明文字中的数字和用语，不套用决算规则。",
        new[] { DocumentKind.Budget });

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        var reason = disclosure.KindReason is { Length: > 0 } r ? $"（识别依据：{r}）" : string.Empty;
        yield return Rule.Report(
            $"本文件为{disclosure.KindName}公开文件{reason}。预算表格审核规则尚未提供，本次只审核了说明文字（增减幅度、占比、前后数字、比较基数、模板文字等），未审核表格。",
            FindingLocation.At(disclosure.KindLocation ?? new SourceLocation(disclosure.File)));
    }
}
