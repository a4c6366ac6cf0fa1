using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 (class 5): a 项 of the Guangxi 部门决算 (seed 002's tables) explained by its name with its code after it in brackets
/// (“机关事业单位基本养老保险缴费支出（2080505）：…”), or by code and name with no level mark and no colon, is compared with its
/// 表五 row as a level-marked or code-first one is: the right amount gives no finding, a wrong one FA3001 on its line against 10.17.
/// </summary>
public class CodeAfterNameTests
{
    private const string Guangxi = "guangxi-district-approval-bureau.txt";

    private const string Item = "2080505机关事业单位基本养老保险缴费支出：年初预算为11.75万元，支出决算为10.17万元，完成年初预算的86.55%。";

    private static string Text(string sentence)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Narrative", "FinalAccounts", Guangxi));
        Assert.Equal(1, text.Split(Item).Length - 1);
        return text.Replace(Item, sentence, StringComparison.Ordinal);
    }

    private static List<Finding> Check(string text) => new Auditor().Check(FromText(text)).ToList();

    public static TheoryData<string> Sentences => new()
    {
        "机关事业单位基本养老保险缴费支出（2080505）：年初预算为11.75万元，支出决算为{0}万元，完成年初预算的{1}%。",
        "机关事业单位基本养老保险缴费支出(2080505)。年初预算为11.75万元，支出决算为{0}万元，完成年初预算的{1}%。",
        "机关事业单位基本养老保险缴费支出（2080505）支出决算为{0}万元，主要用于在职人员养老保险单位缴费。",
        "机关事业单位基本养老保险缴费支出（2080505）{0}万元，主要用于在职人员养老保险单位缴费。",
        "2080505机关事业单位基本养老保险缴费支出{0}万元，主要用于在职人员养老保险单位缴费。",
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void The_right_amount_gives_no_finding(string sentence) =>
        Assert.Empty(Check(Text(string.Format(sentence, "10.17", "86.55"))).Select(f => $"{f.RuleId} 第{f.Location.Line}行 {f.Message}"));

    [Theory]
    [MemberData(nameof(Sentences))]
    public void A_wrong_amount_is_compared_with_the_row_of_its_code(string sentence)
    {
        var wrong = string.Format(sentence, "10.71", "91.15");
        var text = Text(wrong);
        var finding = Assert.Single(Check(text));
        Assert.Equal(("FA3001", text.Split('\n').ToList().FindIndex(l => l.Contains(wrong, StringComparison.Ordinal)) + 1), (finding.RuleId, finding.Location.Line));
        Assert.Contains("“2080505 机关事业单位基本养老保险缴费支出”合计 10.17", finding.Message, StringComparison.Ordinal);
        Assert.Equal((10.17m, 10.71m), ((decimal)finding.Expected!, (decimal)finding.Actual!));
    }
}
