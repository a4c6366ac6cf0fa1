using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Rules.CrossTable;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>科目 names cited with their level in the text (“卫生健康支出（类）”), and FA2021 on them.</summary>
public class ClassificationMentionTests
{
    private static List<(int, string)> Mentions(string text) =>
        FromText(text).Narrative.Marks.Where(m => m.Kind == TextMarkKind.ClassificationName).Select(m => (m.Value!.Value, m.Text)).ToList();

    private static List<string> Findings(int year, string text)
    {
        var disclosure = FromText(text);
        disclosure.Year = year;
        return new OfficialCodeNameRule().Check(disclosure).Select(f => f.Message).ToList();
    }

    /// <summary>Seed 002, lines 406 and 400: a chain of levels, brackets inside a name, 支出 after the mark.</summary>
    [Fact]
    public void Names_are_read_back_to_the_previous_mark_or_punctuation()
    {
        Assert.Equal(new[] { (1, "一般公共服务支出"), (2, "政府办公厅（室）及相关机构事务"), (3, "政务公开审批") },
            Mentions("1. 一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）政务公开审批（项）。年初预算为199.99万元，支出决算为176.99万元。"));
        Assert.Equal(new[] { (1, "一般公共服务"), (1, "社会保障和就业") },
            Mentions("2020年度一般公共预算财政拨款支出192.58万元，主要用于以下方面：一般公共服务（类）支出176.99万元，占91.9%；社会保障和就业（类）支出10.65万元，占5.53%。"));
    }

    /// <summary>Jiangsu 政协 2017 budget: economic 科目 cited under an ordinal.</summary>
    [Fact]
    public void The_close_of_an_ordinal_is_not_part_of_the_name()
    {
        Assert.Equal(new[] { (2, "基本工资") }, Mentions("（1）基本工资（款）支出 737.94 万元。用于发放机关公务员工资。"));
    }

    [Fact]
    public void A_pre_2019_class_name_in_a_2023_text_is_reported()
    {
        Assert.Equal(new[] { "情况说明中类级科目 210 自2019年起名称为“卫生健康支出”，文中仍为旧名称“医疗卫生与计划生育”" },
            Findings(2023, "2023年度一般公共预算财政拨款支出主要用于：医疗卫生与计划生育（类）支出4.95万元，占2.57%。"));
        Assert.Equal(new[] { "情况说明中款级科目 20805 在2023年的名称为“行政事业单位养老支出”，文中仍为旧名称“行政事业单位离退休”（2018年及以前的名称）" },
            Findings(2023, "3. 社会保障和就业支出（类）行政事业单位离退休（款）机关事业单位基本养老保险缴费支出（项）。年初预算为11.75万元。"));
    }

    [Fact]
    public void Names_of_the_year_with_or_without_zhichu_and_unknown_names_are_not_reported()
    {
        Assert.Empty(Findings(2023, "主要用于：卫生健康（类）支出4.95万元；卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。"));
        Assert.Empty(Findings(2018, "主要用于：医疗卫生与计划生育支出（类）4.95万元。"));
        Assert.Empty(Findings(2023, "年度绩效指标（项）共12个，其他未列名科目（类）支出1.00万元。"));
        // 行政事业单位离退休 is a 款 name: cited as a 类 (as Jiangsu 2018 does) it is not this code.
        Assert.Empty(Findings(2023, "1．行政事业单位离退休（类）未归口管理的行政单位离退休（项）256.76万元。"));
    }
}
