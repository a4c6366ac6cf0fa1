using System.Text.RegularExpressions;
using FiscalAudit.Ingest.Text;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3: in .txt/.md input Markdown's “__” emphasis is removed, but a run of three or more underscores is a blank
/// left to fill in (“____万元”), kept as text so that FA3011 reports it as it does in Word and PDF text.
/// </summary>
public class MarkdownBlankTests
{
    [Theory]
    [InlineData("本部门机关运行经费支出____万元，比上年增加10.00万元。", "____")]
    [InlineData("2024年度本部门共有一般公务用车___辆。", "___")]
    [InlineData("**（三）机关运行经费**\n\n本部门机关运行经费支出________万元。", "________")]
    [InlineData("| 项目 | 说明 |\n| --- | --- |\n| 机关运行经费 | 支出______万元 |", "______")]
    public void A_blank_of_underscores_in_plain_text_is_reported(string text, string blank) =>
        Assert.Contains(blank, Findings(text, "FA3011").Select(f => (string)f.Actual!));

    [Theory]
    [InlineData("本部门机关运行经费支出__199.52__万元。")]
    [InlineData("__本年收入合计__199.52万元，比上年增加10.00万元。")]
    [InlineData("填表人：________　联系电话：12345678")]
    [InlineData("本部门机关运行经费支出___199.52___万元，比上年增加___10.00___万元。")]
    public void Emphasis_and_signature_lines_are_no_blank(string text) => Assert.Empty(Findings(text, "FA3011"));

    [Theory]
    [InlineData("__一、部门职责__", "一、部门职责")]
    [InlineData("本年收入合计__199.52__万元", "本年收入合计199.52万元")]
    [InlineData("**__重点__**项目", "重点项目")]
    [InlineData("支出____万元", "支出____万元")]
    [InlineData("支出___万元，__合计__", "支出___万元，合计")]
    [InlineData("\\_\\_\\_万元", "___万元")]
    [InlineData("本年收入合计___199.52___万元", "本年收入合计199.52万元")]
    [InlineData("增长___12.5%___，支出___万元", "增长12.5%，支出___万元")]
    [InlineData("支出___万元，收入___万元", "支出___万元，收入___万元")]
    public void Markdown_emphasis_is_removed_and_a_blank_kept(string line, string text) => Assert.Equal(text, Markup.Clean(line));

    /// <summary>
    /// Random runs of underscores and stars: never a crash, never a lone “__” left, never a run of three or more shortened but the
    /// bold italic “___” pairs around a figure.
    /// </summary>
    [Fact]
    public void Random_underscores_and_stars_leave_blanks_only()
    {
        var random = new Random(12);
        var alphabet = "_*＿万元支出 12.5%|#";
        for (var i = 0; i < 2000; i++)
        {
            var line = new string(Enumerable.Range(0, random.Next(0, 24)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var cleaned = Markup.Clean(line);
            Assert.DoesNotMatch("(?<!_)__(?!_)", cleaned);
            Assert.Equal(Blanks(BoldItalicFigure.Replace(line.Replace("**", string.Empty, StringComparison.Ordinal), "$1")), Blanks(cleaned));
        }
    }

    /// <summary>Exactly three underscores on each side of a figure: bold italic, no blank.</summary>
    private static readonly Regex BoldItalicFigure = new(@"(?<!_)___([-+−]?\d[\d,，.．]*%?)___(?!_)");

    private static List<string> Blanks(string text) => Regex.Matches(text, "_{3,}").Select(m => m.Value).ToList();
}
