using FiscalAudit.Core.Model.Facts;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 (class 4): the extraction carries the 类 a 款 printed without it belongs to (<see cref="NarrativeFact.ItemClass"/>):
/// the 类 marked last before the 款 in its sentence, else the 类 heading its part; the rules read it from the model.
/// </summary>
public class ItemClassTests
{
    [Theory]
    [InlineData("2020年度一般公共预算财政拨款支出192.58万元。卫生健康支出（类）中，行政事业单位医疗（款）4.95万元，占100%。", "行政事业单位医疗", "卫生健康支出")]
    [InlineData("一般公共服务支出（类）176.99万元；社会保障和就业支出（类）：行政事业单位养老支出（款）10.65万元，占本类支出的100%。", "行政事业单位养老支出", "社会保障和就业支出")]
    [InlineData("2.社会保障和就业支出（类）\n\n其中：行政事业单位养老支出（款）10.65万元，占100%。", "行政事业单位养老支出", "社会保障和就业支出")]
    [InlineData("（二）卫生健康（类）支出\n\n行政事业单位医疗（款）支出4.95万元，占本类支出的100%。", "行政事业单位医疗", "卫生健康")]
    [InlineData("其中：行政事业单位养老支出（款）10.65万元，占100%。", "行政事业单位养老支出", null)]
    public void A_kuan_carries_the_class_named_before_it(string text, string kuan, string? itemClass)
    {
        var amount = Assert.Single(FromText("五、一般公共预算财政拨款支出决算情况说明\n\n" + text).Narrative.Facts,
            f => f.Kind == FactKind.Amount && f.Classification is [.., { Level: 2 } k] && k.Name == kuan);
        Assert.Equal(itemClass, amount.ItemClass);
    }
}
