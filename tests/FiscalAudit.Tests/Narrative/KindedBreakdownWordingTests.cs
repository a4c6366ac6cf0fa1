using FiscalAudit.Core.Documents;
using FiscalAudit.Extract;
using FiscalAudit.Ingest.Pdf.Layout;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Class 4 of issue 12 on wordings not seen before: whole amounts joined by “、”, a rate or last year's figure in brackets
/// after one of them, amounts in 元 (alone or beside 万元), parts whose names hold a kind's word, and each part placed on the
/// words it is printed as.
/// </summary>
public class KindedBreakdownWordingTests
{
    private static List<string> Fa3005(string text) => Messages(text, "FA3005");

    [Theory]
    [InlineData("项目支出预算90万元、执行88万元，其中：A项目预算50万元，执行48万元；B项目预算40万元，执行40万元。")]
    [InlineData("2023年度专项业务经费预算数为90.00万元、实际支出88.00万元，分别为：业务培训预算数50.00万元，实际支出48.00万元；信息化运维预算数40.00万元，实际支出40.00万元。")]
    [InlineData("项目支出预算90万元，执行88万元（执行率97.78%），其中：A项目预算50万元，执行48万元；B项目预算40万元，执行40万元。")]
    [InlineData("项目支出全年预算数90.00万元，全年执行数88.00万元（预算执行率97.78%），包括：1.社区矫正项目全年预算数50.00万元，全年执行数48.00万元；2.法律援助项目全年预算数40.00万元，全年执行数40.00万元。")]
    [InlineData("项目支出预算90万元（上年为80万元），执行88万元，其中：A项目预算50万元，执行48万元；B项目预算40万元，执行40万元。")]
    [InlineData("项目支出预算数90.00万元（2022年为100.00万元），执行数88.00万元（上年为95.00万元），分别为：A项目预算数50.00万元，执行数48.00万元；B项目预算数40.00万元，执行数40.00万元。")]
    public void A_whole_joined_by_a_comma_of_enumeration_or_with_an_aside_in_brackets_is_read(string text)
    {
        var breakdown = Assert.Single(FromText(text).Narrative.Breakdowns);
        Assert.Equal("执行", breakdown.Sums[^1].Kind);
        Assert.Equal(new[] { "90", "88" }, breakdown.Sums.Select(s => s.Sum.Stated.Value.ToString("0", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(breakdown.Sums, s => Assert.Equal(2, s.Sum.Items!.Count));
        Assert.Empty(Fa3005(text));
    }

    [Theory]
    [InlineData("项目支出预算90万元、执行88万元，分别为：A项目预算50万元，执行48万元；B项目预算45万元，执行40万元。", "中的预算数90万元 ≠ 所列各项预算数之和 95.00（50＋45，差 5.00）")]
    [InlineData("项目支出预算90万元，执行88万元（执行率97.78%），分别为：A项目预算50万元，执行48万元；B项目预算40万元，执行38万元。", "中的执行数88万元 ≠ 所列各项执行数之和 86.00（48＋38，差 2.00）")]
    [InlineData("项目支出预算数90.00万元、执行数86.00万元（执行率95.56%），其中：A项目预算数50.00万元，执行数48.00万元；B项目预算数40.00万元，执行数40.00万元。", "中的执行数86.00万元小于所列各项执行数之和 88.00")]
    [InlineData("项目支出预算90万元（上年为95万元），执行88万元，分别为：A项目预算50万元，执行48万元；B项目预算45万元，执行40万元。", "中的预算数90万元 ≠ 所列各项预算数之和 95.00")]
    public void A_kind_that_does_not_add_up_is_found_with_this_years_amount(string text, string expected) =>
        Assert.Contains(expected, Assert.Single(Fa3005(text)));

    [Fact]
    public void Last_years_figure_in_brackets_is_never_this_years_whole()
    {
        // The parts add up to last year's 80, not to this year's 90: this year's whole is the one checked.
        const string Text = "项目支出预算90万元（上年为80万元），执行88万元，分别为：A项目预算45万元，执行48万元；B项目预算35万元，执行40万元。";
        var sum = Assert.Single(Assert.Single(FromText(Text).Narrative.Breakdowns).Sums, s => s.Kind == "预算");
        Assert.Equal(90m, sum.Sum.Stated.Value);
        Assert.Contains("中的预算数90万元 ≠ 所列各项预算数之和 80.00", Assert.Single(Fa3005(Text)));
    }

    [Theory]
    [InlineData("项目支出预算900000元，执行880000元，分别为：A项目预算500000元，执行480000元；B项目预算400000元，执行400000元。", null)]
    [InlineData("项目支出预算900000.00元，执行880000.00元，分别为：A项目预算500000.00元，执行480000.00元；B项目预算400000.00元，执行380000.00元。", "中的执行数880000.00元 ≠ 所列各项执行数之和 860000.00元（480000.00元＋380000.00元，差 20000.00元）")]
    [InlineData("专项经费年初预算1,000,000元，调整预算950,000元，决算900,000元，分别为：1.培训费年初预算600,000元，调整预算550,000元，决算520,000元；2.会议费年初预算400,000元，调整预算400,000元，决算380,000元。", null)]
    [InlineData("专项经费年初预算1,000,000元，调整预算950,000元，决算900,000元，分别为：1.培训费年初预算600,000元，调整预算550,000元，决算520,000元；2.会议费年初预算400,000元，调整预算450,000元，决算380,000元。", "中的调整预算数950,000元 ≠ 所列各项调整预算数之和 1,000,000元（550,000元＋450,000元，差 50,000元）")]
    public void A_breakdown_in_yuan_is_checked_and_reported_in_yuan(string text, string? expected)
    {
        var breakdown = Assert.Single(FromText(text).Narrative.Breakdowns);
        Assert.All(breakdown.Sums, s => Assert.Equal(2, s.Sum.Items!.Count));
        var messages = Fa3005(text);
        if (expected is null) Assert.Empty(messages);
        else Assert.Contains(expected, Assert.Single(messages));
    }

    [Theory]
    [InlineData("项目支出预算90万元，执行88万元，分别为：A项目预算500000元，执行480000元；B项目预算40万元，执行40万元。", null)]
    [InlineData("项目支出预算90万元，执行88万元，分别为：A项目预算500000元，执行480000元；B项目预算40万元，执行42万元。", "中的执行数88万元 ≠ 所列各项执行数之和 90.00万元（480000元＋42万元，差 2.00万元）")]
    [InlineData("项目支出预算900000元，执行880000元，分别为：A项目预算50万元，执行48万元；B项目预算400000元，执行410000元。", "中的执行数880000元 ≠ 所列各项执行数之和 89.00万元（48万元＋410000元，差 1.00万元）")]
    public void Mixed_units_are_compared_in_wan_yuan_and_each_shown_as_printed(string text, string? expected)
    {
        var messages = Fa3005(text);
        Assert.Single(FromText(text).Narrative.Breakdowns);
        if (expected is null) Assert.Empty(messages);
        else Assert.Contains(expected, Assert.Single(messages));
    }

    [Fact]
    public void Yuan_printed_to_the_fen_agrees_within_its_precision_only()
    {
        // 1234.5678万元 is 12345678元: the parts agree to the 元; one 元 more is within rounding of two parts, two are a finding.
        const string Text = "项目支出预算12,345,678元，执行12,000,000元，分别为：A项目预算6,000,000元，执行5,900,000元；B项目预算6,345,678元，执行6,100,000元。";
        Assert.Empty(Fa3005(Text));
        Assert.Empty(Fa3005(Text.Replace("6,345,678元", "6,345,679元")));
        Assert.Contains("差 2元", Assert.Single(Fa3005(Text.Replace("6,345,678元", "6,345,680元"))));
    }

    [Theory]
    [InlineData("项目支出预算90万元，执行88万元，分别为：预算绩效管理经费20万元，执行18万元；培训费70万元，执行70万元。", 0)]
    [InlineData("项目支出预算90万元，执行88万元，分别为：预算绩效管理经费20万元，执行18万元；培训费75万元，执行70万元。", 1)]
    [InlineData("项目支出预算90万元，执行88万元，分别为：执行业务经费30万元，支出28万元；审判业务经费60万元，支出60万元。", 0)]
    [InlineData("项目支出预算90万元，执行88万元，分别为：执行业务经费30万元，支出28万元；审判业务经费60万元，支出62万元。", 1)]
    [InlineData("业务经费预算90万元，执行88万元，其中：预算评审费预算50万元，执行48万元；执行案款管理费预算40万元，执行45万元。", 1)]
    public void A_part_named_with_a_kinds_word_states_no_amount_of_that_kind_by_its_name(string text, int findings)
    {
        var breakdown = Assert.Single(FromText(text).Narrative.Breakdowns);
        Assert.All(breakdown.Sums, s => Assert.Equal(2, s.Sum.Items!.Count));
        Assert.Equal(findings, Fa3005(text).Count);
    }

    [Fact]
    public void The_nearest_amounts_of_each_kind_are_the_whole()
    {
        const string Text = "本年支出预算150万元，执行140万元，项目支出预算90万元，执行88万元，其中：A项目预算50万元，执行48万元；B项目预算40万元，执行40万元。";
        var breakdown = Assert.Single(FromText(Text).Narrative.Breakdowns);
        Assert.Equal("项目支出预算90万元，执行88万元", breakdown.Text);
        Assert.Empty(Fa3005(Text));
    }

    [Theory]
    [InlineData("项目支出预算90万元、执行88万元（执行率97.78%），分别为：A项目预算50万元，执行48万元；B项目预算40万元，执行40万元。", new[] { "A项目预算50万元，执行48万元", "B项目预算40万元，执行40万元" })]
    [InlineData("项目支出预算90万元，执行88万元，分别为：1.培训费预算50万元，执行48万元（含培训费结转2万元）；2.培训费配套预算40万元，执行40万元。", new[] { "培训费预算50万元，执行48万元（含培训费结转2万元）", "培训费配套预算40万元，执行40万元" })]
    [InlineData("项目支出预算90万元，执行88万元，分别为：A项目预算50万元,执行48万元;B项目预算40万元,执行40万元。", new[] { "A项目预算50万元,执行48万元", "B项目预算40万元,执行40万元" })]
    public void Each_part_and_each_amount_of_the_whole_is_boxed_on_its_own_words(string text, string[] parts)
    {
        // One printed line, each character 10 units wide: a box covers exactly the characters of its words.
        const double Left = 50;
        var line = new PdfLine(new[] { new PdfWord(text, new BoundingBox(Left, 700, Left + 10 * text.Length, 710), 700, 10) });
        var at = new SourceLocation("test.pdf", Page: 1, Line: 1);
        var paragraph = new ParagraphBlock(text, new[] { new TextPiece(0, at, line) }, at);
        var document = new SourceDocument("test.pdf", "pdf", new Block[] { paragraph }, new[] { new TextLine(text, at) }, 1);
        var breakdown = Assert.Single(DisclosureExtractor.Default.Extract(document).Narrative.Breakdowns);
        Assert.Equal(parts.Length, breakdown.ItemLocations.Count);
        var from = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var start = text.IndexOf(parts[i], from, StringComparison.Ordinal);
            Assert.Equal((Left + 10 * start, Left + 10 * (start + parts[i].Length)), (breakdown.ItemLocations[i].Box!.Value.Left, breakdown.ItemLocations[i].Box!.Value.Right));
            from = start + parts[i].Length;
        }
        var budget = breakdown.Sums[0].Location.Box!.Value;
        Assert.Equal(Left + 10 * text.IndexOf("项目支出预算", StringComparison.Ordinal), budget.Left);
        Assert.Equal(Left + 10 * (text.IndexOf("90万元", StringComparison.Ordinal) + "90万元".Length), budget.Right);
    }
}
