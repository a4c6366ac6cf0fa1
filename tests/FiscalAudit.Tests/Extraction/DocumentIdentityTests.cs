using FiscalAudit.Tests.Kinds;

namespace FiscalAudit.Tests.Extraction;

/// <summary>
/// The department and year a document names: they are part of every finding id, so they must be right.
/// The budget PDFs are read in Kinds/BudgetIdentityTests; here composed covers, titles and table headers.
/// </summary>
public class DocumentIdentityTests
{
    [Theory]
    [InlineData("预算主管部门：江苏省人民检察院单位：万元\n", "江苏省人民检察院")]
    [InlineData("部门名称：示例县财政局金额单位：万元\n", "示例县财政局")]
    [InlineData("第三部分 示例省委办公厅2017年度部门预算情况说明\n\n第三部分示例省委办公厅2017年度部门预算情况说明\n示例省委办公厅坚持厉行节约。\n", "示例省委办公厅")]
    [InlineData("2017年度示例省高级人民法院部门预算公开\n\n一、收支预算总表\n", "示例省高级人民法院")]
    public void Residue_around_a_department_name_is_not_part_of_it(string text, string department)
    {
        Assert.Equal(department, KindTestKit.Audit("文件.txt", text).Disclosure!.Department);
    }

    /// <summary>The layout splits a name or prints the unit inside it; the cover's name wins over a table header's.</summary>
    [Theory]
    [InlineData("一、收支预算总表\n\n部门名称：示例省人大\n\n单位:万元常委会办公厅\n\n二、收入预算总表\n", "示例省人大常委会办公厅")]
    [InlineData("一、收支预算总表\n\n部门：中国共产党示例省委员会办单位：万元公厅\n\n二、收入预算总表\n", "中国共产党示例省委员会办公厅")]
    [InlineData("一、收支预算总表\n\n部门名称：示例县财政局\n\n单位：万元\n\n二、收入预算总表\n", "示例县财政局")]
    [InlineData("示例省人民检察院\n\n2017年部门预算\n\n一、收支预算总表\n\n部门名称：示例省人民\n\n二、收入预算总表\n", "示例省人民检察院")]
    [InlineData("示例省人大常委会办公厅2018年度部门预算公开\n\n一、收支预算总表\n\n部门名称：示例省人大\n\n单位:万元常委会办公厅\n", "示例省人大常委会办公厅")]
    [InlineData("示例市2025年区级单位预算\n\n预算单位：示例市示例区商务委员会\n\n一、单位预算编制说明\n\n编制单位：示例市示例区商务委员会本部\n", "示例市示例区商务委员会")]
    public void A_budget_names_its_department_as_its_cover_prints_it(string text, string department)
    {
        var d = KindTestKit.Audit("文件.txt", text).Disclosure!;
        Assert.Equal(department, d.Department);
    }

    /// <summary>The year the cover's title names, not one of a sentence about last year; without a cover, a table title's.</summary>
    [Theory]
    [InlineData("示例市2025年区级部门预算\n\n预算主管部门：示例市示例局\n\n2024年度预算执行情况良好，2024年度收入略有增加。\n\n一、收支预算总表\n", 2025)]
    [InlineData("示例省政协办公厅2017年度部门预算\n\n目录\n\n二、2016年度部门预算执行情况\n\n一、收支预算总表\n", 2017)]
    [InlineData("收支预算总表\n\n部门：示例局 单位：万元\n\n注：我单位无2016年政府性基金支出安排。\n\n2017年政府采购预算表\n", 2017)]
    [InlineData("示例省人民检察院\n\n2018年部门预算\n\n2017年度部门决算已经公开。\n\n一、收支预算总表\n", 2018)]
    public void A_budget_names_the_year_it_is_for(string text, int year)
    {
        Assert.Equal(year, KindTestKit.Audit("文件.txt", text).Disclosure!.Year);
    }
}
