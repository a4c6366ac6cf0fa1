using System.Text;
using CsCheck;
using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest;

namespace FiscalAudit.Tests.Ingest;

/// <summary>
/// A 公开表 Excel saved as CSV — UTF-8 with or without a byte-order mark, or GBK — is read as one table under its title:
/// quoted amounts with thousands separators stay one cell, a quoted cell may hold a comma or a line break, trailing empty
/// cells are dropped, every cell is placed on the line its record starts on. No input crashes the reader.
/// </summary>
public class CsvReaderTests
{
    static CsvReaderTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private const string Sheet =
        "收入支出决算总表,,,\r\n"
        + "部门：上海市普陀区财政局,,,金额单位：万元\r\n"
        + "项目,决算数,项目,决算数\r\n"
        + "一、一般公共预算财政拨款收入,\"1,234.56\",一、一般公共服务支出,\"1,100.00\"\r\n"
        + "\"二、政府性基金预算财政拨款收入\n（含上年结转）\",0.00,\"二、教育支出，含\"\"双减\"\"\",134.56\r\n"
        + "本年收入合计,\"1,234.56\",本年支出合计,\"1,234.56\"\r\n";

    public static TheoryData<string, string> Encodings => new()
    {
        { "公开01表.csv", "utf-8-bom" },
        { "公开01表.csv", "utf-8" },
        { "公开01表.csv", "gbk" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void An_excel_csv_is_one_table_under_its_title(string name, string encoding)
    {
        byte[] bytes = encoding switch
        {
            "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sheet)],
            "utf-8" => Encoding.UTF8.GetBytes(Sheet),
            _ => Encoding.GetEncoding("GB18030").GetBytes(Sheet),
        };

        var document = DocumentReaders.Default.Read(name, bytes);

        Assert.Equal("收入支出决算总表", document.Blocks.OfType<ParagraphBlock>().First().Text);
        var table = Assert.Single(document.Blocks.OfType<TableBlock>());
        Assert.Equal(
            [
                "部门：上海市普陀区财政局|||金额单位：万元",
                "项目|决算数|项目|决算数",
                "一、一般公共预算财政拨款收入|1,234.56|一、一般公共服务支出|1,100.00",
                "二、政府性基金预算财政拨款收入 （含上年结转）|0.00|二、教育支出，含\"双减\"|134.56",
                "本年收入合计|1,234.56|本年支出合计|1,234.56",
            ],
            table.Rows.Select(r => string.Join("|", r.Cells.Select(c => c.Text))));
        Assert.Equal([2, 3, 4, 5, 7], table.Rows.Select(r => r.Location.Line!.Value));
        Assert.Equal(encoding == "gbk" ? ["文件不是 UTF-8 编码，已按 GB18030（GBK）解码。"] : [], document.Notes.Select(n => n.Message));
    }

    [Fact]
    public void Csv_pieces_never_crash()
    {
        var pieces = new[] { ",", "\"", "\"\"", "\r\n", "\n", "\r", "合计", "1,234.56", "\t", "|", "<table>", "# 标题", "\0", "\uFEFF" };
        Gen.Int[0, pieces.Length - 1].Array[0, 300].Sample(picks =>
        {
            try
            {
                Assert.NotNull(DocumentReaders.Default.Read("fuzz.csv", Encoding.UTF8.GetBytes(string.Concat(picks.Select(i => pieces[i])))));
            }
            catch (DocumentReadException)
            {
            }
        }, iter: 300);
    }
}
