using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Office.Docx;
using static FiscalAudit.Tests.Office.TestDocx;

namespace FiscalAudit.Tests.Office;

/// <summary>Word paragraphs typed as table rows with tabs (a table pasted as text) are read as a table, as in a text file.</summary>
public class DocxTabRowsTests
{
    private static SourceDocument Read(params OpenXmlElement[] body) => new DocxReader().Read("制表符.docx", Create(body));

    private static Paragraph Tabbed(params string[] cells) =>
        Runs(cells.SelectMany((c, i) => i == 0 ? [new Text(c)] : new OpenXmlElement[] { new TabChar(), new Text(c) }).ToArray());

    private static List<string> Rows(TableBlock table) => table.Rows.Select(r => string.Join("|", r.Cells.Select(c => c.Text))).ToList();

    [Fact]
    public void Consecutive_tab_rows_become_one_table_with_blank_leading_and_trailing_cells_kept()
    {
        var document = Read(
            P("一般公共预算财政拨款支出决算表"),
            P("单位：万元"),
            Tabbed("科目编码", "", "科目名称", "合计"),
            Tabbed("", "201", "一般公共服务支出", "120.50"),
            Tabbed("合 计", "", "", ""),
            P("注：本表反映部门本年度一般公共预算财政拨款支出情况。"));

        var table = Assert.Single(document.Blocks.OfType<TableBlock>());
        Assert.Equal(["科目编码||科目名称|合计", "|201|一般公共服务支出|120.50", "合 计|||"], Rows(table));
        Assert.Equal([3, 4, 5], table.Rows.Select(r => r.Location.Line));
        Assert.Equal(["一般公共预算财政拨款支出决算表", "单位：万元", "注：本表反映部门本年度一般公共预算财政拨款支出情况。"],
            document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text));
        Assert.Contains(document.Lines, l => l.Text == "|201|一般公共服务支出|120.50".Replace('|', '\t'));
    }

    [Fact]
    public void A_lone_tab_paragraph_and_prose_indented_by_tabs_stay_paragraphs()
    {
        var document = Read(
            Runs(new TabChar(), new Text("本部门2024年度收入合计199.52万元。")),
            Runs(new TabChar(), new TabChar(), new Text("支出合计192.58万元。")),
            P("附件：部门决算公开表"),
            Tabbed("沁阳市财政局", "2025年9月"),
            P("以上为本部门决算情况。"));

        Assert.Empty(document.Blocks.OfType<TableBlock>());
        var paragraphs = document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).ToList();
        Assert.Contains("本部门2024年度收入合计199.52万元。", paragraphs);
        Assert.Contains("沁阳市财政局 2025年9月", paragraphs);
    }

    [Fact]
    public void Heading_styled_lines_with_tabs_stay_headings_and_end_the_table()
    {
        var document = Read(
            Tabbed("项目", "金额"),
            Tabbed("基本支出", "80.00"),
            P("二、\t部门决算情况说明", "1"),
            Tabbed("项目", "金额"),
            Tabbed("项目支出", "20.00"));

        Assert.Equal(2, document.Blocks.OfType<TableBlock>().Count());
        Assert.Single(document.Blocks.OfType<HeadingBlock>());
    }

    [Fact]
    public void An_empty_paragraph_or_a_real_table_ends_the_tab_rows()
    {
        var document = Read(
            Tabbed("项目", "金额"),
            Tabbed("基本支出", "80.00"),
            P(string.Empty),
            Tabbed("项目", "金额"),
            Tabbed("项目支出", "20.00"),
            Table(Row(Cell("收入"), Cell("100.00"))));

        Assert.Equal(3, document.Blocks.OfType<TableBlock>().Count());
    }
}
