using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 (classes 1, 2, 4, 9 and template residue): three more 部门决算 with seed 002's nine tables and a 情况说明 in other
/// regions' wording — a Guangxi district (款 shares under a 类 heading line that prints no amount, each 项 explained by its bare code
/// “2080505机关事业单位…：”, projects scored after “。其中：” separated by “，”), a Gansu district whose 表八 holds a 政府性基金 project
/// explained 项 by 项 (“城乡社区支出（类）…（款）城市建设支出（项）：年初预算为…”) and whose 款 shares are “占本类支出的”, and a Hubei
/// district with two rows named 行政运行 under different 款, told apart only by the code the text prints. The right texts, which
/// print cross-references in brackets (“（若有结转，见附表四）”, “（如无，请见说明）”), give no finding; each planted error gives one
/// finding of its rule on its line.
/// </summary>
public class ClassFundAndScoreWordingTests
{
    private const string Guangxi = "guangxi-district-approval-bureau.txt";

    private const string Gansu = "gansu-district-service-centre.txt";

    private const string Hubei = "hubei-district-data-bureau.txt";

    private static string Text(string name) =>
        File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Narrative", "FinalAccounts", name));

    private static List<Finding> Check(string text) => new Auditor().Check(FromText(text)).ToList();

    private static int LineOf(string text, string fragment) =>
        text.Split('\n').ToList().FindIndex(l => l.Contains(fragment, StringComparison.Ordinal)) + 1;

    private static string Planted(string name, string right, string wrong)
    {
        var text = Text(name);
        Assert.Equal(1, text.Split(right).Length - 1);
        return text.Replace(right, wrong, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Guangxi)]
    [InlineData(Gansu)]
    [InlineData(Hubei)]
    public void The_right_text_gives_no_finding(string name) =>
        Assert.Empty(Check(Text(name)).Select(f => $"{f.RuleId} 第{f.Location.Line}行 {f.Message}"));

    [Theory]
    [InlineData(Guangxi, "行政事业单位养老支出（款）10.65万元，占100%", "行政事业单位养老支出（款）10.65万元，占96.00%", "FA3002")]
    [InlineData(Guangxi, "政府办公厅（室）及相关机构事务（款）176.99万元，占100%", "政府办公厅（室）及相关机构事务（款）176.99万元，占91.90%", "FA3002")]
    [InlineData(Guangxi, "支出决算为10.17万元，完成年初预算的86.55%", "支出决算为10.71万元，完成年初预算的91.15%", "FA3001")]
    [InlineData(Guangxi, "支出决算为4.94万元，完成年初预算的94.27%", "支出决算为4.49万元，完成年初预算的85.69%", "FA3001")]
    [InlineData(Guangxi, "（若有结转，见附表四）", "（若有结转，请说明）", "FA3016")]
    [InlineData(Guangxi, "共对3个项目", "共对2个项目", "FA3018")]
    [InlineData(Gansu, "支出决算为15.00万元，完成年初预算的100%", "支出决算为13.50万元，完成年初预算的90.00%", "FA3001")]
    [InlineData(Gansu, "对3个项目", "对2个项目", "FA3018")]
    [InlineData(Gansu, "行政事业单位养老支出（款）10.65万元，占本类支出的100%", "行政事业单位养老支出（款）10.65万元，占本类支出的95.00%", "FA3002")]
    [InlineData(Gansu, "（若有，见公开09表）", "（若有，请列示）", "FA3016")]
    [InlineData(Hubei, "支出决算为176.99万元，完成年初预算的88.50%", "支出决算为179.69万元，完成年初预算的89.85%", "FA3001")]
    [InlineData(Hubei, "（如无，请见说明）", "（如有结转，请在此说明）", "FA3016")]
    [InlineData(Hubei, "行政事业单位医疗（款）4.95万元，占100%", "行政事业单位医疗（款）4.95万元，占98%", "FA3002")]
    [InlineData(Hubei, "项目共3个", "项目共2个", "FA3018")]
    public void A_planted_error_gives_one_finding_of_its_rule_on_its_line(string name, string right, string wrong, string rule)
    {
        var text = Planted(name, right, wrong);
        var finding = Assert.Single(Check(text));
        Assert.Equal((rule, LineOf(text, wrong)), (finding.RuleId, finding.Location.Line));
    }

    /// <summary>A 款's share of its 类 is worked out on the 类 row of 表五, named in the message with both figures.</summary>
    [Theory]
    [InlineData(Guangxi, "行政事业单位医疗（款）4.95万元，占100%", "行政事业单位医疗（款）4.95万元，占2.57%")]
    [InlineData(Gansu, "行政事业单位医疗（款）4.95万元，占本类支出的100%", "行政事业单位医疗（款）4.95万元，占该类支出的2.57%")]
    [InlineData(Hubei, "行政事业单位医疗（款）4.95万元，占100%", "行政事业单位医疗（款）4.95万元，占2.57%")]
    public void A_kuan_share_is_of_the_class_row_of_table_five(string name, string right, string wrong)
    {
        var finding = Assert.Single(Check(Planted(name, right, wrong)));
        Assert.Equal("FA3002", finding.RuleId);
        Assert.Contains("“210 卫生健康支出”4.95万元的比例应为 100.00%", finding.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A bracket that points the reader to a place of the document (after 见/参见/详见) is a published cross-reference; one that asks
    /// the drafter to state, fill in or list something stays a drafting instruction, even when it also names a place.
    /// </summary>
    [Theory]
    [InlineData("（若有结转，见附表四）", false)]
    [InlineData("（如无，请见说明）", false)]
    [InlineData("（如有，详见公开08表）", false)]
    [InlineData("（如有变动，请参阅第二部分）", false)]
    [InlineData("（若有结转，请说明）", true)]
    [InlineData("（如无，请填写无）", true)]
    [InlineData("（如有，请参见附表八填写）", true)]
    [InlineData("（若有，请在此列示）", true)]
    public void A_cross_reference_is_no_drafting_instruction(string bracket, bool residue)
    {
        var text = Planted(Guangxi, "（若有结转，见附表四）", bracket);
        var findings = Check(text);
        if (!residue) Assert.Empty(findings.Select(f => $"{f.RuleId} 第{f.Location.Line}行 {f.Message}"));
        else Assert.Equal(("FA3016", LineOf(text, bracket)), (Assert.Single(findings).RuleId, findings[0].Location.Line));
    }

    /// <summary>The code printed before an explained 项 chooses its row, however the name and code are set off.</summary>
    [Theory]
    [InlineData("2010301行政运行：年初预算为199.99万元，支出决算为176.99万元", "2010301 行政运行：年初预算为199.99万元，支出决算为179.69万元")]
    [InlineData("2010301行政运行：年初预算为199.99万元，支出决算为176.99万元", "（1）2010301行政运行。年初预算为199.99万元，支出决算为179.69万元")]
    [InlineData("2010301行政运行：年初预算为199.99万元，支出决算为176.99万元", "一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）2010301行政运行（项）：年初预算为199.99万元，支出决算为179.69万元")]
    public void The_printed_code_chooses_among_rows_of_one_name(string right, string wrong)
    {
        var text = Planted(Hubei, right + "，完成年初预算的88.50%", wrong + "，完成年初预算的89.85%");
        var finding = Assert.Single(Check(text));
        Assert.Equal(("FA3001", LineOf(text, wrong)), (finding.RuleId, finding.Location.Line));
        Assert.Contains("“2010301 行政运行”合计 176.99", finding.Message, StringComparison.Ordinal);
    }

    /// <summary>The other 行政运行, under 其他一般公共服务支出（款）, is compared with its own row (6.00 budgeted, none spent).</summary>
    [Fact]
    public void The_other_coded_row_of_the_same_name_is_its_own()
    {
        var text = Planted(Hubei, "2019901行政运行：年初预算为6.00万元，支出决算为0万元，完成年初预算的0%", "2019901行政运行：年初预算为6.00万元，支出决算为3.00万元，完成年初预算的50.00%");
        var finding = Assert.Single(Check(text));
        Assert.Equal(("FA3001", LineOf(text, "2019901行政运行")), (finding.RuleId, finding.Location.Line));
        Assert.Contains("“2019901 行政运行”合计 0.00", finding.Message, StringComparison.Ordinal);
    }

    /// <summary>A 国有资本经营 项 explained like a 一般公共预算 one is compared with 表九 (here printed with one row).</summary>
    [Fact]
    public void A_state_capital_item_is_compared_with_table_nine()
    {
        var text = Planted(Gansu, "本部门2020年度无国有资本经营预算财政拨款支出（若有，见公开09表）。",
            "城乡社区支出（类）国有土地使用权出让收入安排的支出（款）城市建设支出（项）：年初预算为2.00万元，支出决算为2.00万元，完成年初预算的100%。");
        text = text.Replace("项 目\t\t本年支出\t\t\n功能分类科目编码\t科目名称\t合计\t基本支出\t项目支出\n栏次\t\t1\t2\t3\n合 计\t\t\t\t\n",
            "项 目\t\t本年支出\t\t\n功能分类科目编码\t科目名称\t合计\t基本支出\t项目支出\n栏次\t\t1\t2\t3\n合 计\t\t1.00\t0.00\t1.00\n2120803\t城市建设支出\t1.00\t0.00\t1.00\n", StringComparison.Ordinal);
        Assert.Contains("2120803\t城市建设支出\t1.00", text, StringComparison.Ordinal);
        var finding = Assert.Single(Check(text), f => f.RuleId == "FA3001");
        Assert.Equal(LineOf(text, "支出决算为2.00万元"), finding.Location.Line);
        Assert.Contains("表九", finding.Message, StringComparison.Ordinal);
    }
}
