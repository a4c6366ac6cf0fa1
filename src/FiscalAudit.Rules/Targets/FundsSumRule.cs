using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Targets;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.Targets;

/// <summary>FA6601: a form's 年度资金总额 is its 财政拨款 plus its 其他资金.</summary>
public sealed class FundsSumRule : TargetRule
{
    public static readonly RuleDescriptor Rule = Describe(
        "FA6601", "绩效目标表年度资金总额与财政拨款、其他资金之和不符", Severity.Error,
        "绩效目标表资金总额是否等于财政拨款加其他资金。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding> Check(Disclosure disclosure, TargetForm form)
    {
        if (form is not { Total: { } total, Fiscal: { } fiscal, Other: { } other }) yield break;
        var sum = fiscal.Number.Interval + other.Number.Interval;
        if (sum.Overlaps(total.Number.Interval)) yield break;
        var decimals = PrintedNumber.MaxDecimals(new[] { total.Number, fiscal.Number, other.Number });
        var parts = fiscal.Number.Value + other.Number.Value;
        yield return Rule.Report(
            $"{form.Subject}的年度资金总额为 {total.Number.Text}万元，但财政拨款 {fiscal.Number.Text} 与其他资金 {other.Number.Text} 之和为 {PrintedNumber.Format(parts, decimals)}万元（差 {PrintedNumber.Format(Math.Abs(total.Number.Value - parts), decimals)}）",
            FindingLocation.At(total.Location), parts, total.Number.Value, related: new[] { FindingLocation.At(fiscal.Location), FindingLocation.At(other.Location) });
    }
}
