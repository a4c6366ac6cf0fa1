using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Tests.Numbers;

/// <summary>
/// Issue 12, class 6: the ways converted documents and workbooks print a negative amount (a 年末结转和结余 below zero) — in brackets,
/// half- or full-width, with a minus, a full-width minus or the accountants' triangle, with thousands separators — are read as the
/// negative amount with its printed decimals; a bracket or a triangle around no number is no number.
/// </summary>
public class NegativeAmountTests
{
    [Theory]
    [InlineData("（1.23）", -1.23, 2)]
    [InlineData("(1,234.56)", -1234.56, 2)]
    [InlineData("-1.23", -1.23, 2)]
    [InlineData("△1.23", -1.23, 2)]
    [InlineData("△ 1,234.5", -1234.5, 1)]
    [InlineData("－1.23", -1.23, 2)]
    [InlineData("−12", -12, 0)]
    [InlineData("（１，２３４．５６）", -1234.56, 2)]
    [InlineData(" (1,234,567.00) ", -1234567.00, 2)]
    public void A_negative_printed_as_converters_and_workbooks_print_it_is_read_as_negative(string printed, double value, int decimals)
    {
        var number = NumberText.Parse(printed);

        Assert.Equal(((decimal)value, decimals), (number?.Value, number?.Decimals));
    }

    [Theory]
    [InlineData("△")]
    [InlineData("（）")]
    [InlineData("（一）")]
    [InlineData("△△1.23")]
    [InlineData("(1,23.45)")]
    public void Brackets_or_a_triangle_around_no_number_are_no_number(string printed) =>
        Assert.Null(NumberText.Parse(printed));
}
