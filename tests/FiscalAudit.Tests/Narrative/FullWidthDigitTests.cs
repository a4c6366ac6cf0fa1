using FiscalAudit.Engine;
using FiscalAudit.Extract;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 6: a 情况说明 typed with full-width digits and ％ (“较上年增加２７.５７万元，增长１２.５％”, “２０２０年度支出合计”) is
/// checked as the same text in ASCII digits: the same findings, on the same lines, none added.
/// </summary>
public class FullWidthDigitTests
{
    /// <summary>The text with every digit, % and the point between digits of its prose lines (those with “，” or “。”) full-width.</summary>
    private static string Widened(string text) =>
        string.Join('\n', text.Split('\n').Select(line => line.Contains('，') || line.Contains('。') ? Widen(line) : line));

    private static string Widen(string line)
    {
        var chars = line.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = line[i] switch
            {
                >= '0' and <= '9' => (char)('０' + (line[i] - '0')),
                '%' => '％',
                '.' when i > 0 && i + 1 < line.Length && char.IsAsciiDigit(line[i - 1]) && char.IsAsciiDigit(line[i + 1]) => '．',
                _ => line[i],
            };
        }
        return new string(chars);
    }

    private static List<string> Summary(string text) =>
        NarrativeFindings(FromText(text)).Select(f => $"{f.RuleId} 第{f.Location.Line}行 {FullWidthDigits.Fold(f.Message)}").ToList();

    [Theory]
    [InlineData("hunan-agriculture-bureau.txt", "其他收入60.00万元，占5.08%", "其他收入60.00万元，占5.80%")]
    [InlineData("sichuan-education-bureau.txt", "收、支总计各减少347.70万元，下降3.86%", "收、支总计各减少347.70万元，下降3.68%")]
    [InlineData("zhejiang-transport-bureau.txt", "公用经费250.00万元", "公用经费260.00万元")]
    [InlineData("guangdong-culture-bureau.txt", "事业收入84.00万元，占4.00%", "事业收入84.00万元，占4.40%")]
    [InlineData("beijing-culture-bureau.txt", null, null)]
    [InlineData("jiangsu-water-bureau.txt", null, null)]
    public void A_passage_typed_in_full_width_digits_gives_the_findings_of_its_ASCII_text(string name, string? right, string? wrong)
    {
        var text = RegionalPassages.Text(name);
        if (right is not null) text = text.Replace(right, wrong, StringComparison.Ordinal);
        var widened = Widened(text);
        Assert.NotEqual(text, widened);
        var expected = Summary(text);
        Assert.Equal(right is null ? 0 : 1, expected.Count);
        Assert.Equal(expected, Summary(widened));
    }

    [Fact]
    public void Folding_keeps_every_character_in_its_place()
    {
        const string typed = "２０２０年度支出合计１，２３４．５６万元，增长１２．５％；第３．项";
        var folded = FullWidthDigits.Fold(typed);
        Assert.Equal("2020年度支出合计1，234.56万元，增长12.5%；第3．项", folded);
        Assert.Equal(typed.Length, folded.Length);
    }

    /// <summary>Seed 003 numbers its indicators “（１）召开会议次数(次)，…” once widened: each is still an item of its own.</summary>
    [SharedTheory]
    [InlineData("001")]
    [InlineData("003")]
    public void A_seed_with_its_prose_in_full_width_digits_gives_the_findings_of_the_seed(string name)
    {
        var seed = File.ReadAllText(Repo.Seed(name));
        var auditor = new Auditor();
        string Shown(string text) => string.Join('\n', auditor.Check(FromText(text)).Select(f => $"{f.RuleId} {f.Severity} 第{f.Location.Line}行 {FullWidthDigits.Fold(f.Message)}").Order());
        Assert.Equal(Shown(seed), Shown(Widened(seed)));
    }
}
