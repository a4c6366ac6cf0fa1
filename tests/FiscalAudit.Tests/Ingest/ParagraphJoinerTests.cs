using FiscalAudit.Ingest.Text;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Ingest;

/// <summary>Line joining on wrapped lines from the seeds and the 普陀区 PDFs' text.</summary>
public class ParagraphJoinerTests
{
    [Theory]
    // A wrapped line starting with an amount continues the sentence (普陀区 支出决算情况说明).
    [InlineData("本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%；项目支出", "603.14万元，占20.51%。")]
    [InlineData("本年度公务用车购置及运行维护费支出决算为", "13.68万元，较上年增加0.12万元。")]
    // A line starting with a bracketed word (（类）（款）（项）（境）) is no ordinal.
    [InlineData("5、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休", "（项）。主要用于：退休人员经费支出。")]
    [InlineData("财政拨款“三公”经费支出决算中，因公出国", "（境）费支出决算0万元，占0%；")]
    [InlineData("一般公共预算财政拨款支出决算中，一般公共服务支出", "（类）176.99万元，占88.5%。")]
    // Seed 004 名词解释: a long numbered item wraps.
    [InlineData("（八）年末结转和结余：指单位本年度或以前年度预算安", "排、因客观条件发生变化未全部执行或未执行，结转到以后年")]
    // Seed 001 wrapped: a line ending in a comma goes on, even into a line shaped like a label (“分别为：…”).
    [InlineData("加挂昆明市东川区人民政府金融办公室牌子。设13个内设机构，", "分别为：办公室、预算科、绩效管理科、国库科")]
    [InlineData("主要用于保障政务大厅正常运行、便民服务设施配备、", "2020年新增劳务派遣人员工资等方面。")]
    public void Wrapped_lines_continue(string line, string next) => Assert.True(ParagraphJoiner.Continues(line, next));

    [Theory]
    // Seed 001 (第40、92行): short “（一）…” headings without sentence punctuation stand alone.
    [InlineData("（一）部门机构设置、编制", "区财政局编制2020年部门整体支出绩效自评的单位共1个，部门基本情况如下：")]
    [InlineData("（二）部门项目具体计划目标", "区财政局根据2020年重要指标、重大项目、年度重点工作和主要目标要求进行细化分解。")]
    [InlineData("（二）一般公共预算财政拨款支出决算结构情况", "一般公共预算财政拨款支出2940.05万元，主要用于以下方面：")]
    // A form's title with its year in brackets (a 四川 自评表 copied one cell per line) is complete: the cells below are not its tail.
    [InlineData("四川省剑阁县项目支出绩效自评表（2023年度）", "项目名称")]
    [InlineData("成都市金牛区教育局项目支出绩效自评表(2024年度)", "主管部门")]
    [InlineData("四川省剑阁县农业农村局部门整体支出绩效自评表（2023年）", "部门（单位）名称")]
    // A form's title line with no year under it (form-title endings in heading-shape.json) ends its paragraph: the form's cells follow.
    [InlineData("四川省剑阁县项目支出绩效自评表", "项目名称")]
    [InlineData("成都市金牛区教育局2023年度部门整体支出绩效自评表", "部门（单位）名称")]
    [InlineData("襄阳市襄州区2023年度财政支出项目绩效评价表", "项目名称：农村公益性公墓建设补助项目")]
    [InlineData("2024年度济南市章丘区项目支出绩效目标申报表", "项目名称")]
    public void Headings_do_not_swallow_the_next_paragraph(string line, string next) => Assert.False(ParagraphJoiner.Continues(line, next));

    /// <summary>
    /// A line ending in a form-title word that is no title line — prose with punctuation in it, or longer than a title — is a wrapped line
    /// and goes on; a form's title goes on into its own year in brackets.
    /// </summary>
    [Theory]
    [InlineData("根据区财政局统一部署，本单位对12个项目开展绩效自评并填报了项目支出绩效自评表", "对照年初绩效目标逐项分析了完成情况。")]
    [InlineData("本部门严格对照年初设定的绩效目标逐项核实各项指标完成情况后如实填报了项目支出绩效自评表", "并将相关佐证材料一并报送区财政局。")]
    [InlineData("四川省剑阁县项目支出绩效自评表", "（2023年度）")]
    [InlineData("成都市金牛区教育局项目支出绩效自评表", "(2024年)")]
    public void Prose_ending_in_a_form_word_and_a_titles_year_continue(string line, string next) => Assert.True(ParagraphJoiner.Continues(line, next));

    /// <summary>
    /// One list item to a line (regional 情况说明): after a colon opened the list, an item ended by a semicolon goes on into the
    /// next item; a semicolon without such a list, a list closed by a full stop, or a next line that is an item or a title does not.
    /// </summary>
    [Theory]
    [InlineData("2024年本年收入合计35,210.40万元，其中：一般公共预算财政拨款收入33,200.00万元，占94.29%；", "政府性基金预算财政拨款收入600.00万元，占1.70%；", true)]
    [InlineData("一般公共预算财政拨款支出33,500.00万元，主要用于以下方面：教育支出30,150.00万元，占90.00%；", "社会保障和就业支出2,210.00万元，占6.60%。", true)]
    [InlineData("本年支出合计2940.05万元。其中：基本支出2336.91万元;", "项目支出603.14万元。", true)]
    [InlineData("主要职责是：负责本区财政收支的管理工作；", "（二）机构设置", false)]
    [InlineData("本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%；", "三、财政拨款收入支出决算总体情况说明", false)]
    [InlineData("收入支出总计较上年增加120.00万元，增长5.00%；", "主要原因是人员经费增加。", false)]
    [InlineData("其中：人员经费2612万元。公用经费占比较上年下降；", "主要原因是压减一般性支出。", false)]
    public void A_list_item_ended_by_a_semicolon_goes_on_into_the_next(string line, string next, bool expected) =>
        Assert.Equal(expected, ParagraphJoiner.Continues(line, next));

    /// <summary>A part title wrapped to a second line (江苏 高院17 p19, 人大17 p6/p23) is one title, wherever the tail is placed.</summary>
    [Theory]
    [InlineData("第三部分江苏省高级人民法院2017年度", "部门预算情况说明")]
    [InlineData("第三部分江苏省人大常委会办公厅", "2017年度部门预算情况说明")]
    [InlineData("第二部分江苏省人大常委会办公厅", "2017年度部门预算表")]
    [InlineData("第二部分上海市普陀区财政局", "2024年度部门决算公开表")]
    [InlineData("第四部分2024年度部门决算", "名词解释")]
    public void A_wrapped_part_title_continues(string line, string next)
    {
        Assert.True(ParagraphJoiner.IsWrappedPartTitle(line, next));
        Assert.True(ParagraphJoiner.Continues(line, next));
    }

    /// <summary>A whole part title, or a tail that is a sentence or an item, stands alone.</summary>
    [Theory]
    [InlineData("第三部分江苏省高级人民法院2017年度部门预算情况说明", "一、收支预算总表情况说明")]
    [InlineData("第三部分江苏省高级人民法院2017年度", "一、收支预算总表情况说明")]
    [InlineData("第一部分部门概况", "主要职能")]
    [InlineData("第三部分江苏省人大常委会办公厅", "省人大常委会是省人民代表大会的常设机构，主要职责是：")]
    [InlineData("江苏省人大常委会办公厅2017年度", "部门预算情况说明")]
    public void Other_lines_after_a_part_title_are_not_its_tail(string line, string next) =>
        Assert.False(ParagraphJoiner.IsWrappedPartTitle(line, next));

    [Theory]
    [InlineData("（一）", true)]
    [InlineData("(3)收入", true)]
    [InlineData("十二、政府采购", true)]
    [InlineData("2、一般公共服务", true)]
    [InlineData("（类）176.99万元", false)]
    [InlineData("（境）费", false)]
    [InlineData("603.14万元", false)]
    [InlineData("13.68万元", false)]
    [InlineData("（１）召开会议次数(次)，目标值２０", true)]
    [InlineData("２．质量指标", true)]
    [InlineData("２０.３７万元", false)]
    public void New_items_are_ordinals_only(string text, bool expected) => Assert.Equal(expected, ParagraphJoiner.StartsNewItem(text));

    [SharedFact]
    public void Seed_001_headings_are_separate_paragraphs()
    {
        var path = FiscalAudit.Tests.Support.Repo.Seed("001");
        var doc = new PlainTextReader().Read(path, File.ReadAllBytes(path));
        var heading = doc.Blocks.OfType<Core.Documents.ParagraphBlock>().Single(p => p.Text.StartsWith("（二）部门项目具体计划目标", StringComparison.Ordinal));
        Assert.Equal("（二）部门项目具体计划目标", heading.Text);
    }
}
