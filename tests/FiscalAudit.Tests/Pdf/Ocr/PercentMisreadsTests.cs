using FiscalAudit.Ingest.Pdf.Ocr;

namespace FiscalAudit.Tests.Pdf.Ocr;

/// <summary>
/// A percent sign read whole as “96” (“4.31%” read “4.3196”) is taken back where the figure is a percentage by its place —
/// after “占”/“增长” in a sentence, in a column of percentages — and a real figure with those digits is left.
/// </summary>
public class PercentMisreadsTests
{
    private static readonly NumberCorrections Numbers = OcrSettings.Default.Numbers;

    [Theory]
    [InlineData("卫生健康（类）支出12.08万元，占4.3196；", "卫生健康（类）支出12.08万元，占4.31%；")]
    [InlineData("比上年增长12.596，主要原因是", "比上年增长12.5%，主要原因是")]
    [InlineData("住房保障支出比重为0.4396。", "住房保障支出比重为0.43%。")]
    [InlineData("完成年初预算的101.2396，", "完成年初预算的101.23%，")]
    public void A_percentage_named_by_its_sentence_is_taken_back(string read, string meant) =>
        Assert.Equal(meant, Corrected([Word(read, 100, 100, 600)])[0]);

    [Fact]
    public void The_cue_may_be_the_word_before_in_the_line() =>
        Assert.Equal(["支出12.08万元，占", "4.31%；"], Corrected([Word("支出12.08万元，占", 100, 100, 200), Word("4.3196；", 310, 100, 80)]));

    [Theory]
    [InlineData("比上年增加4.3196万元。")]
    [InlineData("单价4.3196元/吨")]
    [InlineData("其他收入4.3196")]
    [InlineData("占地面积4.3196公顷")]
    [InlineData("占12.96%")]
    [InlineData("增长1296")]
    public void A_figure_no_percentage_by_its_place_is_left(string read) =>
        Assert.Equal(read, Corrected([Word(read, 100, 100, 600)])[0]);

    [Fact]
    public void The_cue_before_a_money_unit_in_the_next_word_is_no_percentage() =>
        Assert.Equal(["增加", "4.3196", "万元"], Corrected([Word("增加", 100, 100, 40), Word("4.3196", 150, 100, 60), Word("万元", 215, 100, 30)]));

    [Theory]
    [InlineData("占比（%）")]
    [InlineData("11.16%")]
    [InlineData("比重(%)")]
    public void A_figure_in_a_column_of_percentages_is_taken_back(string above) =>
        Assert.Equal("4.31%", Corrected([Word(above, 500, 100, 70, line: 1), Word("4.3196", 505, 140, 60, line: 2)])[1]);

    [Theory]
    [InlineData("286.40")]
    [InlineData("金额（万元）")]
    public void A_figure_in_a_column_of_amounts_is_left(string above) =>
        Assert.Equal("4.3196", Corrected([Word(above, 500, 100, 70, line: 1), Word("4.3196", 505, 140, 60, line: 2), Word("11.16%", 800, 140, 60, line: 2)])[1]);

    private static List<string> Corrected(IReadOnlyList<OcrWord> words) => PercentMisreads.Corrected(words, Numbers).Select(w => w.Text).ToList();

    private static OcrWord Word(string text, int left, int top, int width, int line = 1) => new(text, left, top, width, 20, 90, (1, 1, 1, line));
}
