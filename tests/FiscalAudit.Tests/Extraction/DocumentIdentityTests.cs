using FiscalAudit.Engine;
using FiscalAudit.Tests.Kinds;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Extraction;

/// <summary>The department and year a document names: they are part of every finding id, so they must be right.</summary>
public class DocumentIdentityTests
{
    [SharedTheory]
    [InlineData("上海市普陀区人民政府万里街道办事处25年预算.pdf", "上海市普陀区人民政府万里街道办事处", 2025)]
    [InlineData("上海市普陀区人民政府办公室25年预算.pdf", "上海市普陀区人民政府办公室", 2025)]
    [InlineData("江苏省人民检察院2017年部门预算.pdf", "江苏省人民检察院", 2017)]
    [InlineData("江苏省人民检察院2018年部门预算公开.pdf", "江苏省人民检察院", 2018)]
    [InlineData("江苏省委办公厅2017年部门预算.pdf", "江苏省委办公厅", 2017)]
    [InlineData("江苏省人大办公厅2017年度预算公开.pdf", "江苏省人大常委会办公厅", 2017)]
    [InlineData("江苏省高级人民法院2017年度部门预算公开.pdf", "江苏省高级人民法院", 2017)]
    public void A_budget_names_its_department_and_year(string file, string department, int year)
    {
        var d = new Auditor().Audit(Repo.BudgetPdf(file)).Disclosure!;
        Assert.Equal(department, d.Department);
        Assert.Equal(year, d.Year);
    }

    [Theory]
    [InlineData("预算主管部门：江苏省人民检察院单位：万元\n", "江苏省人民检察院")]
    [InlineData("部门名称：示例县财政局金额单位：万元\n", "示例县财政局")]
    [InlineData("第三部分 示例省委办公厅2017年度部门预算情况说明\n\n第三部分示例省委办公厅2017年度部门预算情况说明\n示例省委办公厅坚持厉行节约。\n", "示例省委办公厅")]
    [InlineData("2017年度示例省高级人民法院部门预算公开\n\n一、收支预算总表\n", "示例省高级人民法院")]
    public void Residue_around_a_department_name_is_not_part_of_it(string text, string department)
    {
        Assert.Equal(department, KindTestKit.Audit("文件.txt", text).Disclosure!.Department);
    }
}
