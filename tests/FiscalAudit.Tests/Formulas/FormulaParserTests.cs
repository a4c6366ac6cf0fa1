using FiscalAudit.Rules.Formulas;
using FiscalAudit.Rules.Templates;

namespace FiscalAudit.Tests.Formulas;

public class FormulaParserTests
{
    private const string Source = "模板 test.json 规则 FA9999 ";

    private static Formula Parse(string text) => FormulaParser.Parse(Source, text);

    [Fact]
    public void A_total_against_the_sum_of_the_rows_above_it()
    {
        var formula = Parse("T1.收入[本年收入合计].金额 = sum(T1.收入[本年收入合计之前].金额)");
        Assert.Equal(("T1", "收入", "金额"), (formula.Left.Table, formula.Left.Side, Assert.Single(formula.Left.Columns)));
        Assert.Equal(new RowPattern("本年收入合计"), Assert.Single(Assert.IsType<OneRow>(formula.Left.Rows).Patterns));
        Assert.Equal(Relation.Equal, formula.Relation);
        var sum = Assert.Single(formula.Right);
        Assert.True(sum.Sum);
        Assert.False(sum.Subtract);
        var parts = Assert.Single(sum.Cells);
        Assert.Equal(new RowsBefore(new RowPattern("本年收入合计")), parts.Rows);
        Assert.Null(formula.PlainRight);
    }

    [Fact]
    public void Class_rows_of_two_tables_with_column_alternatives()
    {
        var formula = Parse("T4.支出[本年支出合计之前].一般公共预算财政拨款 = T5[类].合计|小计|本年支出·小计");
        Assert.True(formula.Left.Rows.IsSet);
        var right = formula.PlainRight!;
        Assert.Equal("T5", right.Table);
        Assert.Null(right.Side);
        Assert.IsType<ClassRows>(right.Rows);
        Assert.Equal(new[] { "合计", "小计", "本年支出·小计" }, right.Columns);
    }

    [Fact]
    public void Ranges_codes_row_alternatives_at_most_and_signed_terms()
    {
        Assert.Equal(new RowRange(new RowPattern("一"), new RowPattern("八")), Assert.Single(Parse("T1.收入[本年收入合计].金额 = sum(T1.收入[一..八].金额)").Right).Cells[0].Rows);
        var atMost = Parse("T5[208].合计 <= T3[208].本年支出合计");
        Assert.Equal(Relation.AtMost, atMost.Relation);
        Assert.Equal(new RowPattern("208"), Assert.Single(((OneRow)atMost.Left.Rows).Patterns));
        Assert.Equal(Relation.AtMost, Parse("T5[合计].基本支出 ≤ T3[合计].基本支出").Relation);
        Assert.Equal(2, ((OneRow)Parse("T5[合计|总计].合计 = T3[合计|总计].本年支出合计").Left.Rows).Patterns.Count);
        var balance = Parse("T8[合计].年末结转和结余 = T8[合计].年初结转和结余 + T8[合计].本年收入 − T8[合计].本年支出·小计");
        Assert.Equal(new[] { false, false, true }, balance.Right.Select(o => o.Subtract));
        Assert.Equal(new[] { "年初结转和结余", "本年收入", "本年支出·小计" }, balance.Right.Select(o => o.Cells[0].Columns[0]));
        Assert.Equal(2, Assert.Single(Parse("T1.收入[总计].金额 = sum(T1.收入[本年收入合计].金额, T1.收入[年初结转和结余].金额)").Right).Cells.Count);
    }

    [Theory]
    [InlineData("T1.收入[本年收入合计.金额 = sum(T1.收入[一..八].金额)", "缺少与“[”配对的“]”")]
    [InlineData("T1.收入[本年收入合计].金额 sum(T1.收入[一..八].金额)", "此处应为关系符“=”或“<=”")]
    [InlineData("表一[本年收入合计].金额 = T2[合计].本年收入合计", "此处应为表号（如 T1）")]
    [InlineData("T1.收入[本年收入合计] = T2[合计].本年收入合计", "行之后应为“.列名”")]
    [InlineData("T1.收入[本年收入合计].金额 = sum(T1.收入[一..八].金额", "sum(…) 中此处应为“,”或“)”")]
    [InlineData("T1.收入[].金额 = T2[合计].本年收入合计", "“[ ]”中缺少行名")]
    [InlineData("T1.收入[一..三..八].金额 = T2[合计].本年收入合计", "行范围只能有一个“..”")]
    [InlineData("T1.收入[本年收入合计].金额 = T2[合计].本年收入合计 多余", "公式在此处应结束")]
    [InlineData("T1.收入[本年收入合计].金额 = T1.收入[一..八].金额", "右边是一组行，应写成 sum(…) 求和")]
    [InlineData("T4.支出[本年支出合计之前].合计 = T5[合计].合计", "左边是一组行时，右边也应是")]
    [InlineData("T4.支出[本年支出合计之前].合计 = sum(T5[类].合计)", "左边是一组行时，右边也应是")]
    [InlineData("T5[合计].合计 <= sum(T3[类].本年支出合计)", "“<=”两边都应是单元格")]
    [InlineData("T1.收入[本年收入合计].金额 = T1.收入[一].金额 + T1.收入[二..八].金额", "和式中的一组行应写在 sum(…) 内")]
    public void A_malformed_formula_is_refused_in_chinese_naming_file_rule_and_formula(string text, string problem)
    {
        var error = Assert.Throws<FormulaException>(() => Parse(text));
        Assert.StartsWith("模板 test.json 规则 FA9999 的审核公式有误：", error.Message);
        Assert.Contains(problem, error.Message);
        Assert.EndsWith("公式：" + text, error.Message);
    }

    [Fact]
    public void The_error_points_at_the_character()
    {
        var error = Assert.Throws<FormulaException>(() => Parse("T1.收入[本年收入合计].金额 ＝ T2[合计].本年收入合计"));
        Assert.Contains("（第 18 个字符处）", error.Message);
    }

    [Fact]
    public void A_template_entry_with_a_bad_severity_category_or_formula_is_refused_naming_the_file()
    {
        TableTemplate With(string severity, string category, string formula) => new TableTemplate("t", "测试模板", Array.Empty<TemplateTable>(), new[]
        {
            new TemplateIdentity("FA9999", "测试", severity, category, "测试", new[] { new TemplateFormula(formula) }),
        }) { FileName = "regional.json" };
        const string Good = "T5[合计].基本支出 <= T3[合计].基本支出";
        Assert.Single(FormulaRule.From(With("warning", "表间一致", Good)));
        Assert.Contains("模板 regional.json 规则 FA9999 的级别“严重”无效", Assert.Throws<FormulaException>(() => FormulaRule.From(With("严重", "表间一致", Good))).Message);
        Assert.Contains("的类别“情况说明”无效", Assert.Throws<FormulaException>(() => FormulaRule.From(With("error", "情况说明", Good))).Message);
        Assert.Contains("模板 regional.json 规则 FA9999 的审核公式有误", Assert.Throws<FormulaException>(() => FormulaRule.From(With("error", "表间一致", "T5[合计].基本支出"))).Message);
    }
}
