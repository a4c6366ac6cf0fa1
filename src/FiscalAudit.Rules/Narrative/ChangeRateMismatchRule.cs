using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.Narrative;

/// <summary>FA3003: “增加Δ，增长X%” must satisfy X% = Δ ÷ (本年 − Δ) within printed precision.</summary>
public sealed class ChangeRateMismatchRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA3003", "增减幅度计算错误", Severity.Error, RuleCategories.Narrative,
        "“增加（减少）Δ，增长（下降）X%”中 X% 应等于 Δ÷上年数，上年数 = 本年数 ∓ Δ。");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        foreach (var c in disclosure.Narrative.Facts.Where(f => f.Kind == FactKind.Change))
        {
            if (c.Percent is not PrintedNumber p || c.Amount is not PrintedNumber delta || c.Subject?.Amount is not PrintedNumber current) continue;
            var previous = PreviousYear.Of(c);
            if (previous is not Interval prior || prior.Low <= 0m) continue;
            if (Ratios.Consistent(delta.Interval, prior, p) != false) continue;
            var prev = current.Value - c.Direction * delta.Value;
            var expected = Ratios.Percent(delta.Value, prev, p);
            yield return Rule.Report(
                $"“{c.Subject.Quantity}”本年 {Ratios.Show(current)} 万元，{(c.Direction < 0 ? "减少" : "增加")} {Ratios.Show(delta)} 万元，上年应为 {PrintedNumber.Format(prev, 2)} 万元，变动率应为 {expected}，说明写为 {Ratios.Show(p)}",
                FindingLocation.At(c.Location), expected, Ratios.Show(p), c.SubjectByName ? null : Severity.Warning);
        }
    }
}
