using FiscalAudit.Web.Application.Organisation;
using FiscalAudit.Web.Storage.Entities;

namespace FiscalAudit.Web.Tests.Organisation;

/// <summary>Printed department names as documents print them (line breaks, spaces, 单位：万元, labels) against a small tree.</summary>
public sealed class UnitMatcherTests
{
    private static readonly OrgUnit Finance = new() { Id = 1, Code = "P01", Name = "上海市普陀区财政局", Aliases = "普陀财政\n区财政局" };
    private static readonly OrgUnit Commerce = new() { Id = 2, Code = "P02", Name = "上海市普陀区商务委员会" };
    private static readonly OrgUnit Office = new() { Id = 3, Code = "P0201", Name = "上海市普陀区商务委员会办公室", ParentId = 2 };
    private static readonly UnitMatcher Matcher = new([Finance, Commerce, Office]);

    [Theory]
    [InlineData("上海市普陀区财政局")]
    [InlineData("上海市普陀区\n财政局")]
    [InlineData(" 上海市 普陀区 财政局 \r\n 单位：万元")]
    [InlineData("上海市普陀区财政局（单位：万元）")]
    [InlineData("编制单位：上海市普陀区财政局")]
    [InlineData("区 财政局")]
    public void Names_and_aliases_match_with_high_confidence(string printed)
    {
        var match = Matcher.Match(printed);
        Assert.Equal((1L, Confidence.High), (match.UnitId, match.Confidence));
        Assert.Contains("一致", match.Reason);
    }

    [Theory]
    [InlineData("普陀区财政局", 1L)]
    [InlineData("普陀区商务委员会\n办公室", 3L)]
    public void A_name_without_its_district_prefix_is_a_guess(string printed, long unit)
    {
        var match = Matcher.Match(printed);
        Assert.Equal((unit, Confidence.Low), (match.UnitId, match.Confidence));
        Assert.Contains("缺少行政区划前缀", match.Reason);
    }

    [Fact]
    public void A_longer_text_with_a_units_name_is_a_guess_for_the_longest_name()
    {
        var match = Matcher.Match("上海市普陀区商务委员会办公室2025年度单位预算");
        Assert.Equal((3L, Confidence.Low), (match.UnitId, match.Confidence));
        Assert.Contains("含有“上海市普陀区商务委员会办公室”", match.Reason);
    }

    [Theory]
    [InlineData("江苏省人民检察院", "都不一致")]
    [InlineData(null, "没有识别出部门名称")]
    [InlineData(" 单位：万元 ", "没有识别出部门名称")]
    public void Other_names_are_unmatched_with_the_reason(string? printed, string reason)
    {
        var match = Matcher.Match(printed);
        Assert.Equal((null, Confidence.None), (match.UnitId, match.Confidence));
        Assert.Contains(reason, match.Reason);
    }

    [Fact]
    public void A_name_two_units_share_is_left_for_a_reviewer()
    {
        var matcher = new UnitMatcher([Finance, new OrgUnit { Id = 9, Code = "X", Name = "长宁区财政局", Aliases = "区财政局" }]);
        var match = matcher.Match("区财政局");
        Assert.Equal((null, Confidence.None), (match.UnitId, match.Confidence));
        Assert.Contains("“上海市普陀区财政局”", match.Reason);
        Assert.Contains("“长宁区财政局”", match.Reason);
    }

    [Fact]
    public void No_printed_text_crashes_the_matcher()
    {
        var random = new Random(11);
        for (var i = 0; i < 2000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => (char)random.Next(0, 0xA000)).ToArray());
            var match = Matcher.Match(text);
            Assert.False(string.IsNullOrEmpty(match.Reason));
        }
    }
}
