using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Office.Docx;
using static FiscalAudit.Tests.Office.TestDocx;

namespace FiscalAudit.Tests.Office;

/// <summary>
/// Word's automatic numbering (“一、” “（一）” lists whose numbers are not in the text, as 情况说明 headings are typed in Chinese
/// templates) is read as the number Word prints before the paragraph.
/// </summary>
public class DocxNumberingTests
{
    private static Level Level(int index, NumberFormatValues format, string text, int start = 1) =>
        new(new StartNumberingValue { Val = start }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = index };

    /// <summary>List 1: “一、” over “（一）” over “1.”; list 2 shares it and restarts level 0 at 三; list 3 is “①”; list 4 bullets.</summary>
    private static Numbering Lists() => new(
        new AbstractNum(Level(0, NumberFormatValues.ChineseCounting, "%1、"), Level(1, NumberFormatValues.ChineseCounting, "（%2）"), Level(2, NumberFormatValues.Decimal, "%3.")) { AbstractNumberId = 10 },
        new AbstractNum(Level(0, NumberFormatValues.DecimalEnclosedCircle, "%1")) { AbstractNumberId = 11 },
        new AbstractNum(Level(0, NumberFormatValues.Bullet, "")) { AbstractNumberId = 12 },
        new NumberingInstance(new AbstractNumId { Val = 10 }) { NumberID = 1 },
        new NumberingInstance(new AbstractNumId { Val = 10 }, new LevelOverride(new StartOverrideNumberingValue { Val = 9 }) { LevelIndex = 0 }) { NumberID = 2 },
        new NumberingInstance(new AbstractNumId { Val = 11 }) { NumberID = 3 },
        new NumberingInstance(new AbstractNumId { Val = 12 }) { NumberID = 4 });

    private static List<string> Texts(params OpenXmlElement[] body) =>
        new DocxReader().Read("编号.docx", WithNumbering(Create(body), Lists())).Blocks.Select(b => b switch
        {
            HeadingBlock h => h.Text,
            ParagraphBlock p => p.Text,
            _ => string.Empty,
        }).ToList();

    [Fact]
    public void Chinese_outline_numbers_count_per_level_and_restart_below()
    {
        Assert.Equal(
            ["一、收入支出决算总体情况说明", "本年收入合计828.00万元。", "二、收入决算情况说明", "（一）财政拨款收入", "1.一般公共预算财政拨款收入", "2.其他收入", "（二）其他收入", "三、支出决算情况说明", "（一）基本支出"],
            Texts(
                Numbered("收入支出决算总体情况说明", 1, 0, "1"), P("本年收入合计828.00万元。"), Numbered("收入决算情况说明", 1, 0, "1"),
                Numbered("财政拨款收入", 1, 1), Numbered("一般公共预算财政拨款收入", 1, 2), Numbered("其他收入", 1, 2), Numbered("其他收入", 1, 1),
                Numbered("支出决算情况说明", 1, 0, "1"), Numbered("基本支出", 1, 1)));
    }

    [Fact]
    public void A_list_instance_with_a_start_override_restarts_and_counts_past_ten()
    {
        Assert.Equal(["九、政府性基金预算财政拨款收入支出决算情况说明", "十、国有资本经营预算财政拨款收入支出决算情况说明", "十一、预算绩效情况说明", "十二、其他重要事项的情况说明"],
            Texts(Numbered("政府性基金预算财政拨款收入支出决算情况说明", 2), Numbered("国有资本经营预算财政拨款收入支出决算情况说明", 2),
                Numbered("预算绩效情况说明", 2), Numbered("其他重要事项的情况说明", 2)));
    }

    [Fact]
    public void Circled_numbers_bullets_and_unknown_lists_read_as_Word_prints_them()
    {
        Assert.Equal(["①公务接待费4.40万元", "②公务用车运行费14.20万元", "政府采购支出总额0万元", "国有资产占用情况"],
            Texts(Numbered("公务接待费4.40万元", 3), Numbered("公务用车运行费14.20万元", 3), Numbered("政府采购支出总额0万元", 4), Numbered("国有资产占用情况", 99)));
    }

    [Fact]
    public void A_heading_style_carrying_the_list_numbers_its_paragraphs()
    {
        var styled = new Style(new StyleName { Val = "章节标题" }, new BasedOn { Val = "1" },
            new StyleParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })))
        { Type = StyleValues.Paragraph, StyleId = "Section" };
        var docx = WithNumbering(Create(P("部门职责", "Section"), P("主要职责是市场综合监督管理。"), P("机构设置", "Section")), Lists());
        using (var stream = new MemoryStream())
        {
            stream.Write(docx);
            using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, true)) document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Append(styled);
            docx = stream.ToArray();
        }
        var headings = new DocxReader().Read("样式编号.docx", docx).Blocks.OfType<HeadingBlock>().Select(h => h.Text);
        Assert.Equal(["一、部门职责", "二、机构设置"], headings);
    }
}
