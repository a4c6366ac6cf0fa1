using FiscalAudit.Core.Model;

namespace FiscalAudit.Tests.Kinds;

/// <summary>
/// 部门预算 or 单位预算, decided on composed budgets as the covers, labels and headings of real ones print
/// them: the cover title first, then the first label, then the level most headings name.
/// </summary>
public class BudgetLevelTests
{
    [Theory]
    [InlineData("示例市2025年区级单位预算\n\n预算单位：示例市示例区商务委员会\n\n一、单位预算编制说明\n\n1.2025年预算单位收入预算总表\n\n8.2025年预算单位一般公共预算基本支出部门预算经济分类预算表\n\n9.2025年部门预算项目支出预算表\n", BudgetLevel.Unit, "标题“示例市2025年区级单位预算”")]
    [InlineData("示例市2025年区级部门预算\n\n预算主管部门：示例市示例局\n\n一、部门预算编制说明\n\n本部门下属3家预算单位。\n\n1.2025年部门收入预算总表\n", BudgetLevel.Department, "标题“示例市2025年区级部门预算”")]
    [InlineData("示例省人民检察院\n\n2018年部门预算\n\n一、收支预算总表\n\n二、收入预算总表\n", BudgetLevel.Department, "标题“2018年部门预算”")]
    [InlineData("收支预算总表\n\n部门：示例省政协办公厅 单位：万元\n\n收入预算总表\n\n部门：示例省政协办公厅 单位：万元\n", BudgetLevel.Department, "署名“部门：示例省政协办公厅单位：万元”等2处")]
    [InlineData("收支预算总表\n\n编制单位：示例区示例中心\n\n收入预算总表\n\n编制单位：示例区示例中心\n\n2025年部门预算经济分类预算表\n", BudgetLevel.Unit, "署名“编制单位：示例区示例中心”等2处")]
    public void The_level_is_read_from_the_cover_then_labels(string text, BudgetLevel level, string reason)
    {
        var d = KindTestKit.Audit("预算.txt", text).Disclosure!;
        Assert.Equal(DocumentKind.Budget, d.Kind);
        Assert.Equal(level, d.Level);
        Assert.StartsWith(reason, d.LevelReason);
        Assert.NotNull(d.LevelLocation?.Line);
    }

    /// <summary>Below the cover, without labels, the level most table titles and headings name (the first line quoted).</summary>
    [Theory]
    [InlineData("二、单位预算编制说明\n\n三、单位预算表\n\n四、一般公共预算基本支出部门预算经济分类预算表\n", BudgetLevel.Unit, "表名或章节标题“二、单位预算编制说明”等2处")]
    [InlineData("二、部门预算编制说明\n\n三、单位预算表\n\n四、部门预算表\n\n本单位预算包括2个项目。\n", BudgetLevel.Department, "表名或章节标题“二、部门预算编制说明”等2处")]
    public void Below_the_cover_headings_decide_by_count(string text, BudgetLevel level, string reason)
    {
        var d = KindTestKit.Audit("预算.txt", PastTheCover(text)).Disclosure!;
        Assert.Equal(level, d.Level);
        Assert.Equal(reason, d.LevelReason);
    }

    /// <summary>Sentences name 预算单位 and 部门预算 without saying whose budget the document is; headings that tie say nothing either.</summary>
    [Theory]
    [InlineData("一、收入预算总表\n\n本部门预算包括下属3家预算单位。\n")]
    [InlineData("二、部门预算表\n\n三、单位预算表\n")]
    public void A_budget_naming_no_level_has_none_and_says_why(string text)
    {
        var d = KindTestKit.Audit("预算.txt", PastTheCover(text)).Disclosure!;
        Assert.Equal(DocumentKind.Budget, d.Kind);
        Assert.Null(d.Level);
        Assert.StartsWith("未见", d.LevelReason);
        Assert.Equal("部门预算", d.KindName);
    }

    [Fact]
    public void Final_accounts_have_no_level()
    {
        var d = KindTestKit.Audit("决算.txt", "示例局2023年度部门决算\n\n部门：示例局\n\n一、收入支出决算总表\n\n二、收入决算表\n").Disclosure!;
        Assert.Equal(DocumentKind.FinalAccounts, d.Kind);
        Assert.Null(d.Level);
        Assert.Null(d.LevelReason);
        Assert.Equal("部门决算", d.KindName);
    }

    /// <summary>The text after a budget's first table title and 15 sentences, which the cover does not reach.</summary>
    private static string PastTheCover(string text) => "一、收支预算总表\n\n" + string.Concat(Enumerable.Repeat("本表金额单位为万元。\n\n", 15)) + text;
}
