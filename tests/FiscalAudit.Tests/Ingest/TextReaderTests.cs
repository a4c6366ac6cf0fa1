using System.Text;
using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest;
using FiscalAudit.Ingest.Text;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Ingest;

public class TextReaderTests
{
    private static SourceDocument Read(string text, Encoding encoding) =>
        new PlainTextReader().Read("mem.txt", encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray());

    [Fact]
    public void Gbk_files_are_detected_and_decoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var doc = new PlainTextReader().Read("gbk.txt", Encoding.GetEncoding("GB18030").GetBytes("# 收入决算表\n本年收入合计199.52万元。\n"));
        Assert.Equal("收入决算表", ((HeadingBlock)doc.Blocks[0]).Text);
        Assert.Equal("本年收入合计199.52万元。", ((ParagraphBlock)doc.Blocks[1]).Text);
        Assert.Contains(doc.Notes, n => n.Message.Contains("GB18030"));
    }

    [Fact]
    public void Utf8_with_bom_and_utf16_are_read()
    {
        Assert.Equal("部门决算", ((ParagraphBlock)Read("部门决算", new UTF8Encoding(true)).Blocks[0]).Text);
        Assert.Equal("部门决算", ((ParagraphBlock)Read("部门决算", Encoding.Unicode).Blocks[0]).Text);
    }

    [Fact]
    public void Pipe_tables_become_table_blocks_with_line_numbers()
    {
        var doc = Read("标题\n\n| 项目 | 金额 |\n|---|---:|\n| 本年收入合计 | 1,234.50 |\n", new UTF8Encoding(false));
        var table = Assert.IsType<TableBlock>(doc.Blocks[1]);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal("1,234.50", table.Rows[1].At(1)!.Text);
        Assert.Equal(5, table.Rows[1].Location.Line);
    }

    [SharedFact]
    public void Wrapped_lines_are_rejoined_and_keep_their_own_line()
    {
        var seed = DocumentReaders.Default.Read(Repo.Seed002);
        var paragraph = seed.Blocks.OfType<ParagraphBlock>().First(p => p.Text.Contains("一是一名人员调走", StringComparison.Ordinal) && p.Text.Contains("下降 15.78%", StringComparison.Ordinal));
        var offset = paragraph.Text.IndexOf("人员调走", StringComparison.Ordinal);
        Assert.True(paragraph.LocationAt(offset).Line > paragraph.Location.Line);
        var label = seed.Blocks.OfType<ParagraphBlock>().First(p => p.Text.StartsWith("部门：", StringComparison.Ordinal));
        Assert.Equal("部门：沁阳市政务服务和大数据管理局", label.Text);
    }

    [SharedFact]
    public void Seed_004_wrapped_sentences_are_joined_without_spaces()
    {
        var doc = DocumentReaders.Default.Read(Repo.Seed("004"));
        Assert.Contains(doc.Blocks.OfType<ParagraphBlock>(), p => p.Text.StartsWith("兴安盟审计局是兴安盟行政公署组成部门，是兴安盟行政公署的审计机关。", StringComparison.Ordinal));
    }
}
