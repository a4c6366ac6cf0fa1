using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// A list whose items stand one to a paragraph, each ended by “。” (“…基本支出27,100.00万元，其中：” + “人员经费…，占93.95%，
/// 主要包括：…。” + “公用经费…，占6.05%，主要包括：…。”): every item that opens its paragraph with a label and an amount is a part
/// of the whole, for its share and for the sum, until a heading or a paragraph of another shape.
/// </summary>
public class OneItemToAParagraphTests
{
    private const string Lead = "2024年一般公共预算财政拨款基本支出27,100.00万元，";

    private const string Staff = "人员经费25,460.00万元，占93.95%，主要包括：基本工资、津贴补贴、奖金、绩效工资。";

    [Theory]
    [InlineData("其中：")]
    [InlineData("包括：")]
    [InlineData("分别为：")]
    [InlineData("主要用于以下方面：")]
    public void A_wrong_share_of_the_second_item_is_found_on_its_line(string lead)
    {
        var right = $"{Lead}{lead}\n{Staff}\n公用经费1,640.00万元，占6.05%，主要包括：办公费、印刷费、水费、电费。";
        Assert.Empty(NarrativeFindings(FromText(right)));
        var wrong = right.Replace("占6.05%", "占6.50%", StringComparison.Ordinal);
        var finding = Assert.Single(NarrativeFindings(FromText(wrong)));
        Assert.Equal("FA3002", finding.RuleId);
        Assert.Equal(3, finding.Location.Line);
        Assert.Contains("27,100.00", finding.Message);
    }

    [Theory]
    [InlineData("其中：", "\n\n")]
    [InlineData("分别为：", "\n\n")]
    [InlineData("其中：", "\n")]
    public void Three_items_each_on_a_line_add_up_to_the_whole(string lead, string gap)
    {
        var text = $"{Lead}{lead}{gap}人员经费24,460.00万元，占90.26%。{gap}公用经费1,640.00万元，占6.05%。{gap}对个人和家庭的补助1,000.00万元，占3.69%。";
        var whole = Assert.Single(FromText(text).Narrative.Facts, f => f.Parts.Count > 0);
        Assert.Equal(new[] { "人员经费", "公用经费", "对个人和家庭的补助" }, whole.Parts.Select(p => p.Quantity));
        Assert.Empty(NarrativeFindings(FromText(text)));
        var more = text.Replace("1,000.00万元", "1,100.00万元", StringComparison.Ordinal);
        Assert.Contains(NarrativeFindings(FromText(more)), f => f.RuleId == "FA3005" && f.Message.Contains("27,200.00", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("（二）公用经费情况\n公用经费1,640.00万元，占6.50%。")]
    [InlineData("以上经费均按规定使用，未发现违规情况。\n公用经费1,640.00万元，占6.50%。")]
    [InlineData("2024年项目支出8,120.20万元，占6.50%。")]
    [InlineData("（1）公用经费1,640.00万元，占6.50%。")]
    public void A_heading_or_another_paragraph_ends_the_list(string after)
    {
        var text = $"{Lead}其中：\n{Staff}\n{after}";
        Assert.Equal(new[] { "人员经费" }, Assert.Single(FromText(text).Narrative.Facts, f => f.Parts.Count > 0).Parts.Select(p => p.Quantity));
        Assert.Empty(NarrativeFindings(FromText(text)));
    }

    [Theory]
    [InlineData("收入预算总计20849.45万元，包括：1．财政拨款收入预算总计20702.25万元。\n一般公共预算收入20702.25万元，与上年相比增加2043.58万元，增长10.95%。")]
    [InlineData("2017年度收入预算总计28849.38万元，其中：（一）财政拨款收入预算总计28849.38万元。\n一般公共预算收入预算28849.38万元，与上年相比增加1808.29万元，增长6.69%。")]
    public void A_numbered_item_goes_on_with_items_of_its_own(string text)
    {
        // Jiangsu 部门预算 情况说明: “一般公共预算收入…” breaks item 1 down, it is no second item of the 收入预算总计.
        var whole = Assert.Single(FromText(text).Narrative.Facts, f => f.Parts.Count > 0);
        Assert.Single(whole.Parts);
        Assert.DoesNotContain(NarrativeFindings(FromText(text)), f => f.RuleId == "FA3005");
    }
}
