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
        var before = Assert.IsType<RowsBefore>(parts.Rows);
        Assert.Equal(new[] { new RowPattern("本年收入合计") }, before.Stops);
        Assert.Empty(before.Starts);
        Assert.Null(formula.PlainRight);
    }

    /// <summary>
    /// The national 财政拨款收支总表 prints “一、本年支出” over its 类 rows and “二、结转下年” under them; 上海's prints neither: one
    /// formula reads the rows after the first where it is printed, up to the first of the stops.
    /// </summary>
    [Fact]
    public void Rows_before_the_first_of_several_stops_after_an_optional_start()
    {
        var formula = Parse("B04.支出[本年支出|支出总计].* = sum(B04.支出[本年支出之后结转下年|支出总计之前].*)");
        Assert.Equal(new[] { new RowPattern("本年支出"), new RowPattern("支出总计") }, Assert.IsType<OneRow>(formula.Left.Rows).Patterns);
        var rows = Assert.IsType<RowsBefore>(Assert.Single(formula.Right).Cells[0].Rows);
        Assert.Equal(new[] { new RowPattern("结转下年"), new RowPattern("支出总计") }, rows.Stops);
        Assert.Equal(new[] { new RowPattern("本年支出") }, rows.Starts);
        Assert.Throws<FormulaException>(() => Parse("B04.支出[支出总计].* = sum(B04.支出[本年支出之后（一）之后支出总计之前].*)"));
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

    [Fact]
    public void Every_column_every_row_hierarchy_optional_terms_neighbours_and_names()
    {
        var columns = Parse("T4.支出[本年支出合计].* = sum(T4.支出[本年支出合计之前].*)");
        Assert.True(columns.Left.EveryColumn);
        Assert.True(Assert.Single(columns.Right).Cells[0].EveryColumn);

        var rows = Parse("T5[*].合计|小计 = T5[*].基本支出? + T5[*].项目支出？");
        Assert.IsType<EveryRow>(rows.Left.Rows);
        Assert.False(rows.Left.Optional);
        Assert.Equal(new[] { true, true }, rows.Right.Select(o => o.Cells[0].Optional));
        Assert.Equal(new[] { "基本支出", "项目支出" }, rows.Right.Select(o => o.Cells[0].Columns[0]));

        var family = Parse("T3[上级].* = sum(T3[下级].*)");
        Assert.IsType<ParentRows>(family.Left.Rows);
        Assert.IsType<ChildRows>(family.Right[0].Cells[0].Rows);
        Assert.IsType<TopLevelRows>(Parse("T6[人员经费合计].* = sum(T6.人员经费[顶级].*)").Right[0].Cells[0].Rows);

        var balance = Parse("T4.支出[年末财政拨款结转和结余].一般公共预算财政拨款 = “年初结转和结余”T4.收入[年初财政拨款结转和结余之后的一般公共预算财政拨款].金额 − “本年支出”T4.支出[本年支出合计].一般公共预算财政拨款");
        Assert.Equal(new FirstAfter(new RowPattern("年初财政拨款结转和结余"), new RowPattern("一般公共预算财政拨款")), balance.Right[0].Cells[0].Rows);
        Assert.Equal(new[] { "年初结转和结余", "本年支出" }, balance.Right.Select(o => o.Name));
        Assert.Null(balance.PlainRight);
        Assert.Equal(new FirstBefore(new RowPattern("本年收入合计"), new RowPattern("一般公共预算财政拨款")), Parse("T4.收入[本年收入合计之前的一般公共预算财政拨款].金额 = T1.收入[一般公共预算财政拨款收入].金额").Left.Rows);

        Assert.IsType<FirstFilledRow>(Parse("T6[30217].决算数|合计 <= T7[首行].决算数·公务接待费").PlainRight!.Rows);
        Assert.Equal("收支总计应平衡", FormulaParser.Parse(Source, "T1.支出[总计].金额 = T1.收入[总计].金额", note: "收支总计应平衡").Note);
    }

    [Theory]
    [InlineData("T1.收入[本年收入合计].金额 = sum(T1.收入[本年收入合计之前].*)", "右边的“.*”指左边的同一列")]
    [InlineData("T4.支出[本年支出合计之前].* = T5[类].*", "“.*”（每一列）的左边应是一行")]
    [InlineData("T5[合计].合计|* = T3[合计].本年支出合计", "“*”（每一列）不能与其他列名并列")]
    [InlineData("T5[合计].合计 = T5[*].基本支出 + T5[*].项目支出", "右边的“[*]”指左边的同一行")]
    [InlineData("T5[*].合计 = T3[*].基本支出 + T3[*].项目支出", "右边的“[*]”指左边的同一行")]
    [InlineData("T3[合计].* = sum(T3[下级].*)", "“[下级]”指左边“[上级]”行的下级科目")]
    [InlineData("T3[下级].* = sum(T3[上级].*)", "“[下级]”只能写在右边")]
    [InlineData("T5[*].合计? = T5[*].基本支出 + T5[*].项目支出", "左边不能标“?”")]
    [InlineData("T4.收入[本年收入合计].金额 = “本年收入T1.收入[本年收入合计].金额", "缺少与““”配对的“””")]
    public void A_misused_quantifier_is_refused_in_chinese(string text, string problem)
    {
        var error = Assert.Throws<FormulaException>(() => Parse(text));
        Assert.Contains(problem, error.Message);
        Assert.EndsWith("公式：" + text, error.Message);
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
