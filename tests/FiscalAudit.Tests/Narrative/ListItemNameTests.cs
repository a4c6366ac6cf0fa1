using FiscalAudit.Core.Model.Facts;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// The names of a counted list's items, as a reviewer reads them in FA3018: a list word (“其中”, “包括”), the subject or the
/// year that opens the clause of the first item is no part of its name, and such a year no longer hides the list.
/// </summary>
public class ListItemNameTests
{
    private static CountedList List(string text) => Assert.Single(FromText(text).Narrative.Lists);

    private static List<string> Fa3018(string text) => Messages(text, "FA3018");

    [Theory]
    [InlineData("2023年社区矫正项目、法律援助项目、人民调解项目3个项目纳入绩效评价。", "社区矫正项目", 3)]
    [InlineData("2023年度社区矫正项目、法律援助项目等2个项目开展了绩效自评。", "社区矫正项目", 2)]
    [InlineData("本单位2024年办公楼维修、档案数字化、信息系统运维共3个项目纳入重点评价。", "办公楼维修", 3)]
    [InlineData("其中办公室、预算科、国库科3个科室承担预算编制工作。", "办公室", 3)]
    [InlineData("本局共开展3个项目的绩效自评，分别为：其中社区矫正项目、法律援助项目、人民调解项目。", "社区矫正项目", 3)]
    [InlineData("本局设3个科室，包括：包括办公室、预算科、国库科。", "办公室", 3)]
    public void The_first_name_is_clean_and_the_list_agrees(string text, string first, int count)
    {
        var list = List(text);
        Assert.Equal(first, list.Items[0]);
        Assert.Equal(count, list.Items.Count);
        Assert.Empty(Fa3018(text));
    }

    [Theory]
    [InlineData("2023年社区矫正项目、法律援助项目、人民调解项目4个项目纳入绩效评价。", "（社区矫正项目、法律援助项目、人民调解项目）")]
    [InlineData("本局共开展4个项目的绩效自评，分别为：其中社区矫正项目、法律援助项目、人民调解项目。", "（社区矫正项目、法律援助项目、人民调解项目）")]
    public void A_count_that_differs_names_the_items_without_the_words_before_them(string text, string items) =>
        Assert.Contains(items, Assert.Single(Fa3018(text)));

    /// <summary>Items numbered ①②③ are named without their markers, in a list that agrees or in the FA3018 of one that does not.</summary>
    [Theory]
    [InlineData("本部门共实施3个项目，分别为：①社区矫正项目45.00万元；②法律援助项目40.00万元；③普法宣传项目25.00万元。", 3, "")]
    [InlineData("本局设3个科室：①办公室，②预算科，③国库科。", 3, "")]
    [InlineData("本部门共实施4个项目，分别为：①社区矫正项目45.00万元；②法律援助项目40.00万元；③普法宣传项目25.00万元。", 3, "（社区矫正项目45.00万元、法律援助项目40.00万元、普法宣传项目25.00万元）")]
    [InlineData("本局设2个科室：①办公室；②预算科；③国库科。", 3, "（办公室、预算科、国库科）")]
    public void Circled_numbers_are_no_part_of_the_names(string text, int listed, string items)
    {
        var list = List(text);
        Assert.Equal(listed, list.Items.Count);
        Assert.DoesNotContain(list.Items, i => i.IndexOfAny(['①', '②', '③']) >= 0);
        if (items.Length == 0) Assert.Empty(Fa3018(text));
        else Assert.Contains(items, Assert.Single(Fa3018(text)));
    }

    [Fact]
    public void A_year_that_is_part_of_a_later_name_is_kept()
    {
        var list = List("本局共开展3个项目的绩效自评，分别为：社区矫正项目、2023年法律援助项目、人民调解项目。");
        Assert.Equal("2023年法律援助项目", list.Items[1]);
    }
}
