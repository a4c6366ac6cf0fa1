using FiscalAudit.Ingest.Pdf.Ocr;

namespace FiscalAudit.Tests.Pdf.Ocr;

/// <summary>
/// The corrections made to a recognised word that is otherwise a number: only characters read in place of digits or
/// separators, and separators whose role the digits fix; a word with anything else in it is left as read.
/// </summary>
public class OcrNumbersTests
{
    private static readonly NumberCorrections Corrections = OcrSettings.Default.Numbers;

    [Theory]
    [InlineData("１９９．５２", "199.52")]
    [InlineData("2O1.50", "201.50")]
    [InlineData("1O,6O5.25", "10,605.25")]
    [InlineData("1,234,56", "1,234.56")]
    [InlineData("1.234.56", "1,234.56")]
    [InlineData("12.345.678.90", "12,345,678.90")]
    [InlineData("123,45", "123.45")]
    [InlineData("2，946.25", "2,946.25")]
    [InlineData("“176.99", "176.99")]
    [InlineData("”0.00", "0.00")]
    [InlineData("45。”", "45")]
    [InlineData("－3.20", "-3.20")]
    [InlineData("11.169%", "11.16%")]
    [InlineData("4.319%", "4.31%")]
    [InlineData("0.59%", "0.59%")]
    public void A_number_misread_in_a_safe_way_is_corrected(string read, string corrected) =>
        Assert.Equal(corrected, OcrNumbers.Correct(read, Corrections));

    [Theory]
    [InlineData("一般公共服务支出")]
    [InlineData("2020年度")]
    [InlineData("公开01表")]
    [InlineData("12,345")]
    [InlineData("1,2345.67")]
    [InlineData("1.5.3")]
    [InlineData("O")]
    [InlineData("No.1")]
    [InlineData("12.5%")]
    [InlineData("99.9%")]
    [InlineData("19%")]
    [InlineData("3.1419")]
    [InlineData("000")]
    [InlineData("1、")]
    [InlineData("“三公”")]
    public void Anything_else_is_left_as_read(string read) =>
        Assert.Equal(read, OcrNumbers.Correct(read, Corrections));
}
