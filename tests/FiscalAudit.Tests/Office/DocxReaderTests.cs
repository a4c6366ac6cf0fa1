using DocumentFormat.OpenXml.Wordprocessing;
using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Office.Docx;
using static FiscalAudit.Tests.Office.TestDocx;

namespace FiscalAudit.Tests.Office;

public class DocxReaderTests
{
    private static SourceDocument Read(byte[] docx) => new DocxReader().Read("测试.docx", docx);

    [Fact]
    public void Heading_styles_outline_levels_and_title_become_headings()
    {
        var document = Read(Create(
            P("2020年度部门决算", "Title"),
            P("第一部分 部门概况", "1"),
            P(string.Empty),
            P("一、部门职责", "2"),
            P("主要职责是组织起草全市政务服务相关政策。"),
            P("（一）派生标题", "MyHeading"),
            P("大纲级别标题", "Outlined"),
            new Paragraph(new ParagraphProperties(new OutlineLevel { Val = 3 }), new Run(new Text("直接大纲级别")))));

        var headings = document.Blocks.OfType<HeadingBlock>().Select(h => (h.Text, h.Level)).ToList();
        Assert.Equal(new[] { ("2020年度部门决算", 1), ("第一部分 部门概况", 1), ("一、部门职责", 2), ("（一）派生标题", 2), ("大纲级别标题", 3), ("直接大纲级别", 4) }, headings);
        var paragraph = Assert.Single(document.Blocks.OfType<ParagraphBlock>());
        Assert.Equal("主要职责是组织起草全市政务服务相关政策。", paragraph.Text);
        Assert.Equal(5, paragraph.Location.Line);
        Assert.Null(paragraph.Location.Page);
        Assert.Null(document.PageCount);
        Assert.Equal("docx", document.Format);
        Assert.Equal(7, document.Lines.Count);
        Assert.Equal(new int?[] { 1, 2, 4, 5, 6, 7, 8 }, document.Lines.Select(l => l.Location.Line));
    }

    [Fact]
    public void Runs_join_line_breaks_without_space_between_chinese_and_skip_deleted_text()
    {
        var paragraph = Runs(new Text("本年收入合计"), new Break(), new Text("199.52万元"), new TabChar(), new Text("较上年"), new Break(), new Text("增加"));
        paragraph.Append(new DeletedRun(new Run(new DeletedText("删除的文字"))));
        var latin = Runs(new Text("Total"), new Break(), new Text("amount"));

        var document = Read(Create(paragraph, latin));

        Assert.Equal(new[] { "本年收入合计199.52万元 较上年增加", "Total amount" }, document.Blocks.Cast<ParagraphBlock>().Select(p => p.Text));
    }

    /// <summary>
    /// A table as Word or a PDF converter lays it: its title, “公开03表” and “单位：万元” as rows merged across the
    /// table, the note under it likewise, and every cell merged over two or three grid columns.
    /// </summary>
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Caption_rows_are_paragraphs_and_a_finer_grid_gives_way_to_the_tables_own_columns(int gridColumns)
    {
        var width = 4 * gridColumns;
        var table = Table(
            Row(Cell("支出决算表", span: width)),
            Row(Cell("公开03表", span: width)),
            Row(Cell("金额单位：万元", span: width)),
            Row(Cell("项 目", span: 2 * gridColumns), Cell("本年支出合计", span: gridColumns), Cell("基本支出", span: gridColumns)),
            Row(Cell("功能分类科目编码", span: gridColumns), Cell("科目名称", span: gridColumns), Cell("1", span: gridColumns), Cell("2", span: gridColumns)),
            Row(Cell("2010306", span: gridColumns), Cell("政务公开审批", span: gridColumns), Cell("176.99", span: gridColumns), Cell("176.99", span: gridColumns)),
            Row(Cell("注：本表反映部门本年度各项支出情况。", span: width)));
        var document = Read(Create(P("三、支出决算表", "1"), table));

        Assert.Equal(["支出决算表", "公开03表", "金额单位：万元"], document.Blocks.Skip(1).Take(3).Select(b => ((ParagraphBlock)b).Text));
        var block = Assert.IsType<TableBlock>(document.Blocks[4]);
        Assert.Equal(4, block.ColumnCount);
        Assert.Equal([(0, 2, "项 目"), (2, 1, "本年支出合计"), (3, 1, "基本支出")], block.Rows[0].Cells.Select(c => (c.Column, c.ColumnSpan, c.Text)));
        Assert.Equal([(0, "2010306"), (1, "政务公开审批"), (2, "176.99"), (3, "176.99")], block.Rows[2].Cells.Select(c => (c.Column, c.Text)));
        Assert.Equal("注：本表反映部门本年度各项支出情况。", Assert.IsType<ParagraphBlock>(document.Blocks[5]).Text);
    }

    [Fact]
    public void Merged_cells_sit_on_their_grid_columns_and_vertical_merges_keep_one_cell()
    {
        var table = Table(
            Row(Cell("项 目", span: 2), Cell("本年收入合计", vertical: MergedCellValues.Restart), Cell("财政拨款收入")),
            Row(Cell("功能分类科目编码"), Cell("科目名称"), Cell(string.Empty, continues: true), Cell("2")),
            Row(Cell("201"), Cell("一般公共服务支出"), Cell("181.74"), Cell("181.74")));
        var document = Read(Create(P("收入决算表", "1"), table, P("注：本表反映部门本年度取得的各项收入情况。")));

        var block = Assert.IsType<TableBlock>(document.Blocks[1]);
        Assert.Equal(3, block.Rows.Count);
        Assert.Equal(4, block.ColumnCount);
        var header = block.Rows[0].Cells;
        Assert.Equal(new[] { ("项 目", 0, 2, 1), ("本年收入合计", 2, 1, 2), ("财政拨款收入", 3, 1, 1) }, header.Select(c => (c.Text, c.Column, c.ColumnSpan, c.RowSpan)));
        Assert.Equal(new[] { 0, 1, 3 }, block.Rows[1].Cells.Select(c => c.Column));
        Assert.Same(header[1], block.Rows[0].At(2));
        Assert.Equal("表1 第1行第3列", header[1].Location.Cell);
        Assert.Equal("表1 第3行第4列", block.Rows[2].Cells[3].Location.Cell);
        Assert.Equal(2, header[0].Location.Line);
        Assert.Contains(document.Lines, l => l.Text == "201\t一般公共服务支出\t181.74\t181.74");
        Assert.IsType<ParagraphBlock>(document.Blocks[2]);
    }

    [Fact]
    public void Grid_before_shifts_cells_and_nested_tables_are_flattened_into_the_cell()
    {
        var shifted = Row(Cell("合计"), Cell("192.58"));
        shifted.PrependChild(new TableRowProperties(new GridBefore { Val = 1 }));
        var nested = Table(Row(Cell("基本"), Cell("项目")), Row(Cell("192.58"), Cell("0.00")));
        var table = Table(Row(Cell("项目"), Cell("类"), Cell("金额")), shifted, Row(Cell("明细"), Cell(new TableCellProperties(new GridSpan { Val = 2 }), nested, P(string.Empty))));

        var block = Assert.IsType<TableBlock>(Read(Create(table)).Blocks.Single());

        Assert.Equal(new[] { 1, 2 }, block.Rows[1].Cells.Select(c => c.Column));
        var flattened = block.Rows[2].Cells[1];
        Assert.Equal(("基本项目192.58 0.00", 1, 2), (flattened.Text, flattened.Column, flattened.ColumnSpan));
    }

    /// <summary>A frame table (one cell a row) round a title and a table reads as them; a one-column table with no table in it stays a table.</summary>
    [Fact]
    public void A_frame_table_round_a_table_reads_as_its_content_and_a_one_column_table_stays_a_table()
    {
        var inner = Table(Row(Cell("项目"), Cell("金额")), Row(Cell("合计"), Cell("192.58")));
        var frame = Table(Row(Cell(P("支出决算表"), inner, P(string.Empty))), Row(Cell(P("注：本表反映部门本年度各项支出情况。"))));
        var column = Table(Row(Cell("项目")), Row(Cell("合计")));

        var blocks = Read(Create(frame, column)).Blocks;

        Assert.Equal("支出决算表", Assert.IsType<ParagraphBlock>(blocks[0]).Text);
        Assert.Equal([["项目", "金额"], ["合计", "192.58"]], Assert.IsType<TableBlock>(blocks[1]).Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()));
        Assert.Equal("注：本表反映部门本年度各项支出情况。", Assert.IsType<ParagraphBlock>(blocks[2]).Text);
        Assert.Equal([["项目"], ["合计"]], Assert.IsType<TableBlock>(blocks[3]).Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()));
        Assert.Equal(4, blocks.Count);
    }

    [Fact]
    public void Explicit_page_breaks_count_pages()
    {
        var document = Read(Create(
            P("封面"),
            Runs(new Text("目录"), new Break { Type = BreakValues.Page }, new Text("第一部分")),
            new Paragraph(new ParagraphProperties(new PageBreakBefore()), new Run(new Text("第二部分"))),
            new Paragraph(new ParagraphProperties(new SectionProperties(new SectionType { Val = SectionMarkValues.NextPage })), new Run(new Text("节末"))),
            P("新节")));

        var paragraphs = document.Blocks.Cast<ParagraphBlock>().ToList();
        Assert.Equal(new int?[] { 1, 1, 3, 3, 4 }, paragraphs.Select(p => p.Location.Page));
        Assert.Equal(2, paragraphs[1].LocationAt("目录".Length).Page);
        Assert.Equal(4, document.PageCount);
    }

    [Fact]
    public void Rendered_page_breaks_are_used_alone_when_present()
    {
        var document = Read(Create(
            P("第一页"),
            Runs(new Break { Type = BreakValues.Page }),
            Runs(new LastRenderedPageBreak(), new Text("第二页")),
            Runs(new Text("跨页段落"), new LastRenderedPageBreak(), new Text("后半"))));

        var pages = document.Blocks.Cast<ParagraphBlock>().Select(p => p.Location.Page).ToList();
        Assert.Equal(new int?[] { 1, 2, 2 }, pages);
        Assert.Equal(3, document.PageCount);
    }
}
