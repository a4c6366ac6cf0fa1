using CsCheck;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Extract.Narrative;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Narrative;

/// <summary>Headings are read into outline entries by Extract; FA3015 only matches their titles.</summary>
public class OutlineHeadingsTests
{
    private static readonly SourceLocation Here = new("test.txt", Line: 1);

    [Theory]
    [InlineData("第三部分 2020年度部门决算情况说明", OutlineLevel.Part, 3, "部门决算情况说明")]
    [InlineData("五、一般公共预算财政拨款支出决算情况说明", OutlineLevel.Section, 5, "一般公共预算财政拨款支出决算情况说明")]
    [InlineData("十一、其他重要事项的情况说明", OutlineLevel.Section, 11, "其他重要事项的情况说明")]
    [InlineData("七、财政拨款“三公”经费支出决算情况说明", OutlineLevel.Section, 7, "财政拨款三公经费支出决算情况说明")]
    [InlineData("（二）关于2020年度政府采购支出情况", OutlineLevel.Subsection, 2, "政府采购支出情况")]
    [InlineData("2. 本部门机关运行经费", OutlineLevel.Item, 2, "机关运行经费")]
    [InlineData("  预算绩效管理情况  ", OutlineLevel.Unnumbered, null, "预算绩效管理情况")]
    [InlineData("七一、收入决算情况", OutlineLevel.Section, null, "收入决算情况")]   // malformed numeral: still a section
    public void Heading_is_read_into_level_ordinal_and_title(string line, OutlineLevel level, int? ordinal, string title)
    {
        var e = OutlineHeadings.Read(line, Here);
        Assert.Equal((level, ordinal, title, line.Trim()), (e.Level, e.Ordinal, e.Title, e.Text));
    }

    [Theory]
    [InlineData("十", 10)]
    [InlineData("十一", 11)]
    [InlineData("二十", 20)]
    [InlineData("二十三", 23)]
    [InlineData("九", 9)]
    [InlineData("12", 12)]
    [InlineData("一一", null)]
    [InlineData("十十", null)]
    public void Chinese_ordinals_have_their_value(string numeral, int? value)
    {
        Assert.Equal(value, OutlineHeadings.Value(numeral));
    }

    [Fact]
    public void Any_line_reads_without_crashing()
    {
        Gen.String[Gen.Char["第一二三四五六七八九十部分、.．（）() 0123456789年度关于说明“”"], 0, 40].Sample(s =>
        {
            var e = OutlineHeadings.Read(s, Here);
            return e.Text == s.Trim() && (e.Level != OutlineLevel.Unnumbered || e.Ordinal is null) && e.Ordinal is null or > 0;
        });
    }

    [Theory]
    [InlineData("0、说明")]
    [InlineData("（00）说明")]
    public void A_zero_is_not_an_ordinal(string line) => Assert.Null(OutlineHeadings.Read(line, Here).Ordinal);

    [SharedFact]
    public void Seed002_outline_has_the_narrative_part_and_its_sections()
    {
        var outline = NarrativeTestKit.FromText(File.ReadAllText(FiscalAudit.Tests.Support.Repo.Seed("002"))).Narrative.Outline;
        Assert.Contains(outline, e => e.Level == OutlineLevel.Part && e.Title.Contains("情况说明"));
        Assert.Contains(outline, e => e.Level == OutlineLevel.Section && e.Ordinal == 10 && e.Title.StartsWith("国有资本经营预算财政拨款支出决算情况说明"));
    }
}
