using System.Text;
using FiscalAudit.Ingest.Pdf.Ocr;

namespace FiscalAudit.Tests.Pdf.Ocr;

/// <summary>
/// A page's letters are mojibake when a font's ToUnicode map is wrong: an identity map of a subset font numbers the glyphs
/// in the order the text first uses them (control characters, then Latin letters and accented ones), a map into the
/// private use area gives symbols. Chinese text, with figures and a few Latin words, is not mojibake.
/// </summary>
public class GarbledTextTests
{
    private static readonly GarbledTextSettings Settings = OcrSettings.Default.GarbledText;

    public static TheoryData<string> Pages => new()
    {
        "2021年度一般公共预算财政拨款支出280.10万元，主要用于以下方面：社会保障和就业（类）支出31.27万元，占11.16%；农林水（类）支出236.75万元，占84.52%。",
        "收入支出决算总表 公开01表 部门：竹溪县农业农村局 金额单位：万元 项目 行次 金额 一、一般公共预算财政拨款收入 1 286.40 本年收入合计 6 286.40",
        "三、政府采购支出情况：2022年度政府采购支出总额45.60万元（含PPP项目咨询服务），详见www.zhuxi.gov.cn。Ⅰ、Ⅱ类①②",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Chinese_text_is_no_mojibake(string page) => Assert.False(GarbledText.Over(Letters(page), Settings));

    [Theory]
    [MemberData(nameof(Pages))]
    public void An_identity_map_of_a_subset_font_is_mojibake(string page) => Assert.True(GarbledText.Over(Letters(Garbled(page, 0x1)), Settings));

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_map_into_the_private_use_area_is_mojibake(string page) => Assert.True(GarbledText.Over(Letters(Garbled(page, 0xE000)), Settings));

    [Fact]
    public void A_few_odd_letters_are_no_page_of_mojibake() => Assert.False(GarbledText.Over(Letters(Garbled("第3页 共12页", 0x1)), Settings));

    /// <summary><paramref name="text"/> as a subset font's wrong map gives it: each distinct character the code <paramref name="first"/> + its order of first use.</summary>
    private static string Garbled(string text, int first)
    {
        var codes = new Dictionary<Rune, int>();
        return string.Concat(text.EnumerateRunes().Select(r => Rune.IsWhiteSpace(r) ? r.ToString() : char.ConvertFromUtf32(first + (codes.TryGetValue(r, out var c) ? c : codes[r] = codes.Count))));
    }

    private static IEnumerable<string> Letters(string text) => text.EnumerateRunes().Select(r => r.ToString());
}
