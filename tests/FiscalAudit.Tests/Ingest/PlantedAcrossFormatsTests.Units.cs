using System.Text;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Narrative;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Ingest;

/// <summary>
/// Issue 12, class 5, with units: seed 002 whose 情况说明 speaks in 万元 with some tables printed in 元 — 表三 and 表五 under their
/// own “单位：元” line, 表一 with no unit line and “金额（元）” over its amount columns, as county documents and bureaus' workbooks
/// print them. In every form the restatements across tables and the text compare in one unit, each within its printing's
/// rounding: the clean document gives the findings of the seed in 万元 (no finding from the unit), and the three planted errors
/// are each found once, under the rule and id they have in the text.
/// </summary>
public partial class PlantedAcrossFormatsTests
{
    /// <summary><paramref name="text"/> with 表三 and 表五 printed in 元 under “单位：元” and 表一 in 元 under “金额（元）” column headers.</summary>
    private static string InYuan(string text)
    {
        var lines = TablesInYuan.Rewrite(text.Split('\n'), [1, 3, 5], new Dictionary<int, string?> { [1] = null, [3] = "单位：元", [5] = "单位：元" });
        return Planting.Planted(string.Join('\n', lines), "seed 002 in 元", [("项 目\t行次\t金 额\t项 目\t行次\t金 额", "项 目\t行次\t金额（元）\t项 目\t行次\t金额（元）")]);
    }

    private static readonly Lazy<(AuditResult Clean, AuditResult Planted)> YuanText = new(() =>
        (Auditor.Audit("002.txt", Encoding.UTF8.GetBytes(InYuan(Clean))), Auditor.Audit("002.txt", Encoding.UTF8.GetBytes(InYuan(Planted)))));

    /// <summary>
    /// The findings but the sums inside the tables printed in 元: the seed's 万元 figures, each rounded, add up only within their
    /// rounding, and ×10000 they miss their totals by 100元 (表一 本年支出合计, 表三 and 表五 合计) — the conversion's, not the unit's.
    /// </summary>
    private static List<string> BesideYuanSums(AuditResult result) => SameReading.Findings(result)
        .Where(f => !(f.StartsWith("FA10", StringComparison.Ordinal) && f.Split(' ') is [_, "T1" or "T3" or "T5", "合计" or "本年支出合计", ..])).ToList();

    [SharedFact]
    public void Tables_in_yuan_under_a_text_in_wan_give_the_findings_of_the_seed_and_its_planted_errors_once()
    {
        Assert.Equal(BesideYuanSums(Text.Value.Clean), BesideYuanSums(YuanText.Value.Clean));
        Assert.Equal(["FA1006 T3 2080505 机关事业单位基本养老保险缴费支出", "FA3002", "FA3002"],
            Added(YuanText.Value.Clean, YuanText.Value.Planted).Select(f => $"{f.RuleId} {f.Location.Table} {f.Location.Row}".TrimEnd()).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Forms printing amounts otherwise than the text (“1,925,800.00”, “１,９２５,８００.００”): a finding in the text that quotes a
    /// cell quotes it as printed (“原文为“1,925,800.00元””), and such a finding's id is made of its words, so it differs.
    /// </summary>
    private static readonly HashSet<string> OtherDigits = [.. Forms.Keys.Where(f => f.Contains("thousands separators", StringComparison.Ordinal)
        || f.Contains("full-width digits", StringComparison.Ordinal) || f.Contains("amounts as text", StringComparison.Ordinal) && f.Contains("side by side", StringComparison.Ordinal))];

    public static TheoryData<string> UnitForms => new(Forms.Keys.Where(f => !ZerosUnprinted.Contains(f)));

    [SharedTheory]
    [MemberData(nameof(UnitForms))]
    public void Tables_in_yuan_give_in_every_form_the_findings_of_the_text_and_each_planted_error_once(string form)
    {
        var clean = Audit(form, InYuan(Clean));
        var planted = Audit(form, InYuan(Planted));

        Assert.Equal(SameReading.Findings(YuanText.Value.Clean), SameReading.Findings(clean));
        if (!OtherDigits.Contains(form)) Assert.Equal(SameReading.Ids(YuanText.Value.Clean), SameReading.Ids(clean));
        var inText = Added(YuanText.Value.Clean, YuanText.Value.Planted);
        Assert.Equal(inText.Select(f => f.Id).Order(StringComparer.Ordinal), Added(clean, planted).Select(f => f.Id).Order(StringComparer.Ordinal));
        Assert.Equal(clean.Findings.Count + 3, planted.Findings.Count);
    }
}
