using static FiscalAudit.Tests.Narrative.DepartmentNameKit;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 2: the template's own heading words and column names keep both alternatives in print (“（二）…比上年增（减）变动的主要原因”,
/// “增加（减少）额”) and are no residue (FA3016); both alternatives in a clause with a figure are, in a heading too. A placeholder inside a
/// cited title (“《关于××工作的通知》”) is a title never filled in: residue (FA3011), while a masked person's name there is not.
/// Variants as 湖南, 福建, 新疆, 黑龙江 and 江西 决算 print them.
/// </summary>
public class TemplateHeadingWordsTests
{
    /// <summary>A 决算 of <paramref name="department"/> whose 情况说明 goes on with <paramref name="body"/>.</summary>
    private static string Document(string department, string body) =>
        $"{department}\n2024年度部门决算\n\n第三部分 2024年度部门决算情况说明\n\n一、收入支出决算总体情况说明\n\n"
        + "2024年度收入总计120.50万元，支出总计120.50万元。与上年相比，收入、支出总计各增加10.50万元，增长9.55%。主要原因是人员增加。\n\n" + body;

    private static readonly (string Department, string Body)[] Variants =
    {
        // 湖南: the 一般公共预算 section's second heading, the 三公 section's headings.
        ("永州市冷水滩区司法局", "二、一般公共预算财政拨款支出决算情况说明\n\n（二）一般公共预算财政拨款支出决算比上年增（减）变动的主要原因\n\n主要原因是人员经费增加，增加5.00万元。\n\n（三）“三公”经费增加（减少）的主要原因\n\n主要原因是严控公务接待。\n"),
        // 福建: headings of change and its reason.
        ("三明市永安市财政局", "二、财政拨款支出决算情况\n\n（一）财政拨款支出决算增（减）变化情况\n\n2024年度财政拨款支出100.00万元，比上年增加5.00万元，增长5.26%。\n\n（二）2024年度财政拨款支出决算增加（减少）的原因\n\n主要原因是人员经费增加。\n"),
        // 新疆: a comparison table's header as text, a heading of 增减变动.
        ("伊犁州伊宁市财政局", "二、财政拨款支出决算情况\n\n2024年度财政拨款支出100.00万元，比上年增加5.00万元，增长5.26%。\n\n增加（减少）额\n\n三、“三公”经费支出增减变动情况\n\n2024年度“三公”经费支出5.00万元，比上年减少1.00万元，下降16.67%。\n"),
        // 黑龙江: numbered sub-headings “1.” under a section.
        ("哈尔滨市道里区财政局", "二、财政拨款支出决算情况\n\n1.机关运行经费增加（减少）情况\n\n2024年度机关运行经费支出12.00万元，比上年减少1.00万元，下降7.69%。\n\n2.政府采购支出增（减）变动原因\n\n主要原因是办公设备采购减少。\n"),
    };

    public static TheoryData<int> Headings => new(Enumerable.Range(0, Variants.Length));

    [Theory]
    [MemberData(nameof(Headings))]
    public void The_template_headings_are_no_residue(int variant) =>
        Assert.Empty(Findings(Document(Variants[variant].Department, Variants[variant].Body), "FA3016"));

    /// <summary>One alternative left unresolved where a figure was chosen, in a heading or a sentence: exactly one FA3016, at its line.</summary>
    [Theory]
    [InlineData(0, "（二）一般公共预算财政拨款支出决算比上年增（减）变动的主要原因", "（二）一般公共预算财政拨款支出决算比上年增（减）5.00万元的主要原因", "增（减）")]
    [InlineData(1, "比上年增加5.00万元，增长5.26%", "比上年增加（减少）5.00万元，增长5.26%", "增加（减少）")]
    [InlineData(2, "比上年减少1.00万元，下降16.67%", "比上年减少1.00万元，下降（增长）16.67%", "下降（增长）")]
    [InlineData(3, "2.政府采购支出增（减）变动原因", "2.政府采购支出增（减）0.50万元", "增（减）")]
    [InlineData(3, "主要原因是办公设备采购减少。", "机关运行经费减少（增加）的主要原因是办公设备采购减少。", "减少（增加）")]
    public void An_alternative_beside_a_figure_or_in_a_sentence_is_residue(int variant, string right, string wrong, string actual)
    {
        var text = Document(Variants[variant].Department, Variants[variant].Body);
        Assert.Contains(right, text, StringComparison.Ordinal);
        var finding = Assert.Single(Findings(text.Replace(right, wrong, StringComparison.Ordinal), "FA3016"));
        Assert.Equal((LineOf(text, right), actual), (finding.Location.Line, (string?)finding.Actual));
    }

    /// <summary>A cited title with a placeholder was never filled in (FA3011); a masked name inside a cited title is no placeholder.</summary>
    [Theory]
    [InlineData("根据《关于开展2024年度部门整体支出绩效自评工作的通知》要求，本部门开展了绩效自评。", "根据《关于××工作的通知》要求，本部门开展了绩效自评。", "××")]
    [InlineData("按照《长沙市芙蓉区预算绩效管理办法》（芙财发〔2021〕3号）规定执行，共涉及项目3个。", "按照《XX市预算绩效管理办法》（芙财发〔2021〕3号）规定执行，共涉及项目3个。", "XX")]
    [InlineData("能够适应《芙蓉区“十四五”规划》，得0.25分。", "能够适应《芙蓉区“十XX五”规划》，得0.25分。", "XX")]
    public void A_placeholder_in_a_cited_title_is_residue(string right, string wrong, string actual)
    {
        const string Department = "长沙市芙蓉区财政局";
        const string Masked = "根据《关于张××同志任职的通知》，明确了分工。\n\n";
        Assert.Empty(Findings(Document(Department, Masked + right + "\n"), "FA3011"));
        var finding = Assert.Single(Findings(Document(Department, Masked + wrong + "\n"), "FA3011"));
        Assert.Equal(actual, (string?)finding.Actual);
    }
}
