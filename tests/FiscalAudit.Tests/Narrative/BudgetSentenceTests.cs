using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Extract.Narrative;

namespace FiscalAudit.Tests.Narrative;

/// <summary>Composed budget texts: a cover title makes them budgets, so their 预算 amounts are amounts and budget rules run.</summary>
public class BudgetSentenceTests
{
    private const string Cover = "上海市普陀区2025年区级部门预算\n\n四、2025年部门预算编制说明\n\n";

    private static Disclosure Budget(string body)
    {
        var d = NarrativeTestKit.FromText(Cover + body);
        Assert.Equal(DocumentKind.Budget, d.Kind);
        return d;
    }

    private static List<Finding> Findings(string body) => NarrativeTestKit.NarrativeFindings(Budget(body));

    [Theory]
    [InlineData("此外，基本支出预算数为13,994.31万元。与上年相比增加1,670.85万元，增长13.56%。")]
    [InlineData("项目支出预算数为5,573万元。与上年相比增加40万元，增长0.72%。")]
    [InlineData("一般公共预算收入预算21,940.96万元，与上年相比增加3,959.28万元，增长22%。")]
    [InlineData("2025年，本部门收入预算3,121.42万元，其中：财政拨款收入3,121.42万元，比2024年预算增加107.62万元。")]
    [InlineData("“三公”经费预算数为37.91万元，比2024年预算减少10万元。")]
    public void Right_budget_changes_give_no_finding(string body) =>
        Assert.Empty(Findings(body));

    [Theory]
    [InlineData("一般行政管理事务（项）支出3,666万元，与上年相比增加21.8万元，增长0.06%。", "0.60%", "0.06%")]
    [InlineData("单位预留机动经费预算数为1685.72万元。与上年相比增加1557.29万元，增长1312.56%。", "1212.56%", "1312.56%")]
    [InlineData("一般公共预算收入预算21,940.96万元，与上年相比增加3,959.28万元，增长20%。", "22.02%", "20%")]
    [InlineData("社会保障和就业支出1,836.22万元，比上年预算减少184.96万元，下降1.10%。", "9.15%", "1.10%")]
    [InlineData("财政拨款支出预算3,121.42万元，比上年执行数减少15.13万元，减少1.10%。", "0.48%", "1.10%")]
    public void Wrong_budget_change_rates_are_reported(string body, string expected, string printed)
    {
        var f = Assert.Single(Findings(body), x => x.RuleId == "FA3003");
        Assert.Equal((expected, printed), ((string?)f.Expected, (string?)f.Actual));
    }

    [Theory]
    [InlineData("此外，基本支出预算数为12323.46万元。与上年相比增加1670.85万元。本年支出预算合计17996.68万元，其中：基本支出12323.48万元，项目支出5533万元，单位预留机动经费140.2万元。")]
    [InlineData("基本支出预算56.12万元，主要用于人员经费。基本支出预算57.8万元，比上年预算增加1万元。")]
    public void One_budget_amount_stated_twice_differently_is_reported(string body) =>
        Assert.Single(Findings(body), x => x.RuleId == "FA3007");

    [Fact]
    public void The_same_amount_of_two_classification_lines_is_no_restatement() =>
        Assert.DoesNotContain(Findings("检察（款）：2025年预算支出合计16,444.36万元。行政事业单位离退休（款）：2025年预算支出合计1,836.22万元。"), x => x.RuleId == "FA3007");

    [Theory]
    [InlineData("2025年，本部门收入预算3,121.42万元，比2023年预算增加107.62万元。", 2023)]
    [InlineData("本部门2025年支出预算与2023年度相比增加107.62万元。", 2023)]
    [InlineData("2025年“三公”经费预算数为0.95万元，与2026年预算持平。", 2026)]
    public void A_comparison_with_another_year_than_the_last_is_reported(string body, int year)
    {
        var f = Assert.Single(Findings(body), x => x.RuleId == "FA3010");
        Assert.Equal((2024, year), ((int?)f.Expected, (int?)f.Actual));
    }

    /// <summary>Issue 12 (item 4): a “YYYY年” (not only “YYYY年度”) that opens a sentence and qualifies its figure names the sentence's year.</summary>
    [Theory]
    [InlineData("2023年本部门收入预算3,121.42万元，其中财政拨款收入3,121.42万元。", 2023)]
    [InlineData("2023年，本部门支出预算3,121.42万元，主要用于保障机构正常运转。", 2023)]
    [InlineData("本单位2024年财政拨款收入预算2,800.00万元。", 2024)]
    [InlineData("2023 年部门预算收入合计3,121.42万元。", 2023)]
    public void A_year_qualifying_the_opening_figure_is_the_sentence_year(string body, int year)
    {
        var f = Assert.Single(Findings(body), x => x.RuleId == "FA3010");
        Assert.Equal((2025, year), ((int?)f.Expected, (int?)f.Actual));
    }

    /// <summary>Dates, year ends, comparisons of two years and the execution of last year's budget name no sentence year.</summary>
    [Theory]
    [InlineData("2025年1月起，本部门收入预算按新标准编制，收入预算3,121.42万元。")]
    [InlineData("2024年和2025年收入预算分别为3,013.80万元和3,121.42万元。")]
    [InlineData("2024年预算执行率为98.50%，执行情况良好。")]
    [InlineData("2024年收入预算为3,013.80万元，2025年收入预算为3,121.42万元。")]
    [InlineData("2025年本部门收入预算3,121.42万元。")]
    public void Other_years_at_the_start_are_no_sentence_year(string body) =>
        Assert.DoesNotContain(Findings(body), x => x.RuleId == "FA3010");

    [Theory]
    [InlineData("2025年，本部门收入预算3,121.42万元，比2024年预算增加107.62万元。支出预算3,121.42万元，比上年预算增加107.62万元。")]
    [InlineData("本部门收入预算3,121.42万元，与上年相比增加107.62万元。")]
    public void Comparisons_with_last_year_are_right(string body) =>
        Assert.DoesNotContain(Findings(body), x => x.RuleId is "FA3010" or "FA3017");

    [Theory]
    [InlineData("财政拨款收入37,151.47万元，比2024年预算执行数增加24,558.18万元。财政拨款支出37,151.47万元，比2024年预算增加24,491.71万元；一般公共预算拨款支出37,151.47万元，比2024年预算增加24,491.71万元。", "2024年预算执行数")]
    [InlineData("收入预算100.00万元，比上年预算增加1.00万元；支出预算100.00万元，比上年预算增加1.00万元；基本支出80.00万元，比上年决算增加2.00万元。", "上年决算")]
    public void Mixed_bases_of_comparison_are_reported_where_the_odd_one_is_named(string body, string odd)
    {
        var f = Assert.Single(Findings(body), x => x.RuleId == "FA3017");
        Assert.Equal(odd, (string?)f.Actual);
    }

    [Theory]
    [InlineData("政府性基金收入预算0万元，与上年相比增加（减少）0万元，增长（减少）0%。", "FA3016")]
    [InlineData("财政拨款收入预算3,121.42万元，比2024年预算增加107.62万元，主要原因是。", "FA3016")]
    [InlineData("本部门XX年收入预算3,121.42万元，比上年预算增加107.62万元。", "FA3011")]
    public void Template_residue_in_a_budget_is_reported(string body, string rule) =>
        Assert.Contains(Findings(body), x => x.RuleId == rule);

    [Theory]
    [InlineData("1.“一般公共服务支出（类）财政事务（款）行政运行（项）”科目1,234.56万元，主要用于机关运行。", 1234.56, "一般公共服务支出", "财政事务", "行政运行")]
    [InlineData("2.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）87.36万元，主要用于职业年金。", 87.36, "社会保障和就业支出", "行政事业单位养老支出", "机关事业单位职业年金缴费支出")]
    public void A_classification_line_is_a_fact_naming_its_subjects(string body, decimal amount, string kind, string section, string item)
    {
        var fact = Assert.Single(Budget(body).Narrative.Facts, f => f.Classification.Count > 0);
        Assert.Equal(amount, fact.Amount!.Value.Value);
        Assert.Equal(new[] { (1, kind), (2, section), (3, item) }, fact.Classification.Select(p => (p.Level, p.Name)));
        Assert.NotNull(fact.Location.Line);
    }

    [Fact]
    public void A_jiangsu_item_line_names_only_its_item() =>
        Assert.Equal(new[] { (3, "行政运行") }, Budget("1．行政运行（项）支出10,883.36万元，与上年相比增加2,915.22万元，增长36.59%。").Narrative.Facts
            .Single(f => f.Classification.Count > 0).Classification.Select(p => (p.Level, p.Name)));

    [Fact]
    public void Comparison_bases_and_classification_parts_survive_any_text()
    {
        var random = new Random(17);
        const string Alphabet = "比与较上年度预算执行数决算相比增加减少持平，。（）()类款项2024 年19万元%：“”";
        for (var i = 0; i < 2000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 60)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
            _ = ComparisonBases.Find(text, (_, _, _) => new Core.Documents.SourceLocation("t")).ToList();
            _ = ClassificationMentions.Parts(text);
            _ = NarrativeTestKit.FromText(Cover + text);
        }
    }
}
