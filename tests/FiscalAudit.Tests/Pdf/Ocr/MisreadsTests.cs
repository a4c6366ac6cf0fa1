using FiscalAudit.Engine.Recognised;
using FiscalAudit.Ingest.Pdf.Ocr;

namespace FiscalAudit.Tests.Pdf.Ocr;

/// <summary>
/// OCR-plausible misreads of a known name: characters read as others, one character dropped; how many a name allows grows
/// with its length (ocr.json, names).
/// </summary>
public class MisreadsTests
{
    private static readonly RecognisedNameSettings Names = OcrSettings.Default.Names;

    [Theory]
    [InlineData("泌阳市政务服务和大数据管理局", "沁阳市政务服务和大数据管理局", 1)]
    [InlineData("年末结转和结", "年末结转和结余", 1)]
    [InlineData("一般公共预算财政款收入", "一般公共预算财政拨款收入", 1)]
    [InlineData("使用非财政拨款结#", "使用非财政拨款结余", 1)]
    [InlineData("机关事业单位基本养老保险缴贵支", "机关事业单位基本养老保险缴费支出", 2)]
    [InlineData("年初结转和结余", "年初结转和结余", 0)]
    public void Misreads_are_counted(string read, string known, int count) => Assert.Equal(count, Misreads.Count(read, known));

    [Theory]
    [InlineData("年末结余", "年末结转和结余")]
    [InlineData("年末结转和结余额", "年末结转和结余")]
    [InlineData("结余", "年末结转和结余")]
    public void Characters_added_or_several_dropped_are_no_misread(string read, string known) => Assert.Null(Misreads.Count(read, known));

    [Theory]
    [InlineData("年末结转和结", "年末结转和结余")]
    [InlineData("年初财政拨款结转和结", "年初财政拨款结转和结余")]
    [InlineData("机关事业单位基本养老保险缴贵支", "机关事业单位基本养老保险缴费支出")]
    [InlineData("其他行攻事业单位养老支出", "其他行政事业单位养老支出")]
    public void A_row_name_allows_a_misread_per_few_characters(string read, string known) => Assert.True(Misreads.Near(read, known, Names.Rows));

    [Theory]
    [InlineData("事业单位医疗", "行政单位医疗")]
    [InlineData("年末结转", "年末结转和结余")]
    [InlineData("其他支岀费", "其他支出")]
    [InlineData("基本支出", "基本支出")]
    public void A_short_or_other_row_name_is_no_misread(string read, string known) => Assert.False(Misreads.Near(read, known, Names.Rows));
}
