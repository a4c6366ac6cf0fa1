using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Class 9 of issue 12: a count stated with two (or three) sums of money and the items that make them up, each item with
/// its own amounts (“A项目预算50万元、支出45万元；…”, “A项目（年初预算50万元，执行45万元）”): both sums (FA3005) and the count
/// (FA3018) are checked; “分别是A、B和C” after “2个” is one FA3018.
/// </summary>
public class ListedSumTests
{
    private static List<(string Rule, string Message)> Findings(string text) =>
        NarrativeFindings(FromText(text)).Where(f => f.RuleId is "FA3005" or "FA3018").Select(f => (f.RuleId, f.Message)).ToList();

    [Theory]
    [InlineData("2023年度共安排项目3个，预算数合计120.00万元，实际支出合计110.00万元，分别为：农村饮水安全项目预算50.00万元、支出45.00万元；高标准农田建设项目预算40.00万元、支出40.00万元；乡村道路硬化项目预算30.00万元、支出25.00万元。")]
    [InlineData("本单位纳入绩效自评的项目共3个，年初预算合计120.00万元，执行数合计110.00万元，分别为：信息化运维项目（年初预算50.00万元，执行45.00万元）、档案数字化项目（年初预算40.00万元，执行40.00万元）、业务培训项目（年初预算30.00万元，执行25.00万元）。")]
    [InlineData("我局共实施重点项目三个，调整预算合计120万元，执行数合计110万元，具体为：1.防汛物资储备项目调整预算50万元，执行数45万元；2.河道保洁项目调整预算40万元，执行数40万元；3.水质监测项目调整预算30万元，执行数25万元。")]
    [InlineData("2024年共有3个项目开展绩效自评，预算数合计120万元，预算执行数合计110万元，分别为：文化惠民演出项目执行数45万元、预算数50万元；非遗保护项目执行数40万元、预算数40万元；图书馆数字化项目执行数25万元、预算数30万元。")]
    public void Two_sums_that_their_items_make_up_are_no_finding(string text)
    {
        var list = Assert.Single(FromText(text).Narrative.Lists);
        Assert.Equal(3, list.Items.Count);
        Assert.Equal(2, list.Sums.Count);
        Assert.All(list.Sums, s => Assert.Equal(3, s.Items!.Count));
        Assert.Empty(Findings(text));
    }

    [Theory]
    [InlineData("2023年度共安排项目3个，预算数合计120.00万元，实际支出合计115.00万元，分别为：农村饮水安全项目预算50.00万元、支出45.00万元；高标准农田建设项目预算40.00万元、支出40.00万元；乡村道路硬化项目预算30.00万元、支出25.00万元。", "实际支出合计", "115.00", "110.00")]
    [InlineData("本单位纳入绩效自评的项目共3个，年初预算合计125.00万元，执行数合计110.00万元，分别为：信息化运维项目（年初预算50.00万元，执行45.00万元）、档案数字化项目（年初预算40.00万元，执行40.00万元）、业务培训项目（年初预算30.00万元，执行25.00万元）。", "年初预算合计", "125.00", "120.00")]
    [InlineData("2024年共有3个项目开展绩效自评，预算数合计120万元，预算执行数合计100万元，分别为：文化惠民演出项目执行数45万元、预算数50万元；非遗保护项目执行数40万元、预算数40万元；图书馆数字化项目执行数25万元、预算数30万元。", "预算执行数合计", "100", "110.00")]
    public void A_sum_its_items_do_not_make_up_is_one_error(string text, string label, string stated, string sum)
    {
        var (rule, message) = Assert.Single(Findings(text));
        Assert.Equal("FA3005", rule);
        Assert.Contains($"所述“{label}”{stated}万元 ≠ 逐项列出的金额之和 {sum}", message);
    }

    [Fact]
    public void Three_kinds_of_sums_are_each_checked_against_their_own_amounts()
    {
        const string Text = "共安排专项资金项目2个，年初预算合计80.00万元，调整预算合计95.00万元，执行数合计90.00万元，分别为：社区养老服务项目年初预算50.00万元、调整预算55.00万元、执行数52.00万元；困难群众救助项目年初预算30.00万元、调整预算40.00万元、执行数38.00万元。";
        Assert.Empty(Findings(Text));
        var (_, message) = Assert.Single(Findings(Text.Replace("调整预算合计95.00万元", "调整预算合计90.00万元")));
        Assert.Contains("所述“调整预算合计”90.00万元 ≠ 逐项列出的金额之和 95.00", message);
    }

    [Fact]
    public void A_count_that_differs_from_items_with_amounts_is_one_warning()
    {
        const string Text = "2023年度共安排项目4个，预算数合计120.00万元，实际支出合计110.00万元，分别为：农村饮水安全项目预算50.00万元、支出45.00万元；高标准农田建设项目预算40.00万元、支出40.00万元；乡村道路硬化项目预算30.00万元、支出25.00万元。";
        var (rule, message) = Assert.Single(Findings(Text));
        Assert.Equal("FA3018", rule);
        Assert.Contains("所列为 3 项", message);
    }

    [Theory]
    [InlineData("2023年对2个项目开展了绩效评价，分别是农村饮水安全项目、高标准农田建设项目和乡村道路硬化项目。", "所列为 3 项（农村饮水安全项目、高标准农田建设项目、乡村道路硬化项目）")]
    [InlineData("本局设2个科室，分别为：办公室、预算科和国库科。", "所列为 3 项（办公室、预算科、国库科）")]
    [InlineData("我单位共有2家下属单位，分别为区文化馆、区图书馆及区博物馆。", "所列为 3 项")]
    [InlineData("我单位共有2家下属单位，分别为区文化馆、区图书馆以及区博物馆。", "所列为 3 项（区文化馆、区图书馆、区博物馆）")]
    public void A_list_joined_by_he_counts_every_item_it_names(string text, string expected)
    {
        var (rule, message) = Assert.Single(Findings(text));
        Assert.Equal("FA3018", rule);
        Assert.Contains(expected, message);
        Assert.Empty(Findings(text.Replace("2个", "3个").Replace("2家", "3家")));
    }

    [Theory]
    [InlineData("2023年度安排专项业务经费项目3个，资金合计120.00万元，分别为：社区矫正项目50.00万元，法律援助项目40.00万元，普法宣传项目30.00万元。", 3, null)]
    [InlineData("2023年度安排专项业务经费项目4个，资金合计120.00万元，分别为：社区矫正项目50.00万元，法律援助项目40.00万元，普法宣传项目30.00万元。", 4, "FA3018")]
    [InlineData("2023年度安排专项业务经费项目3个，资金合计130.00万元，分别为：社区矫正项目50.00万元，法律援助项目40.00万元，普法宣传项目30.00万元。", 3, "FA3005")]
    [InlineData("共对3个项目开展绩效自评，涉及资金120.00万元，分别为：社区矫正项目50.00万元、法律援助项目40.00万元、普法宣传项目30.00万元。", 3, null)]
    [InlineData("共对3个项目开展绩效自评，涉及资金125.00万元，分别为：社区矫正项目（50.00万元）、法律援助项目（40.00万元）、普法宣传项目（30.00万元）。", 3, "FA3005")]
    public void Items_with_one_amount_each_add_up_to_the_sum_stated(string text, int count, string? rule)
    {
        var list = Assert.Single(FromText(text).Narrative.Lists);
        Assert.Equal((count, 3), (list.Count, list.Items.Count));
        Assert.Equal(rule is null ? Array.Empty<string>() : new[] { rule }, Findings(text).Select(f => f.Rule));
    }

    [Theory]
    [InlineData("本部门下属单位2个，分别为：沁阳市政务服务中心、沁阳市政务服务和大数据管理局。")]
    [InlineData("本局设2个科室，分别为：办公室、财务和审计科。")]
    public void A_name_with_he_inside_stays_one_item(string text) => Assert.Empty(Findings(text));

    /// <summary>Class 2: items separated by “，” that each state two amounts, the second named only by its kind (“执行48万元”).</summary>
    public static TheoryData<string> TwoAmountItemsByComma => new()
    {
        "2023年度共安排项目2个，预算合计90.00万元，执行合计88.00万元，其中：农村饮水安全项目预算50.00万元，执行48.00万元，高标准农田建设项目预算40.00万元，执行40.00万元。",
        "本单位纳入绩效自评的项目共2个，年初预算合计90万元，实际支出合计88万元，分别为：社区养老服务项目年初预算50万元，实际支出48万元，困难群众救助项目年初预算40万元，实际支出40万元。",
        "我局共实施重点项目两个，调整预算合计90.00万元，执行数合计88.00万元，具体为：防汛物资储备项目调整预算50.00万元，执行数为48.00万元，河道保洁项目调整预算40.00万元，执行数为40.00万元。",
        "2024年共有2个项目开展绩效自评，预算数合计90万元，预算执行数合计88万元，包括：文化惠民演出项目预算数50万元，执行数48万元，非遗保护项目预算数40万元，执行数40万元。",
    };

    /// <summary>The same items separated by “；” before the count that closes them, the sums after it.</summary>
    public static TheoryData<string> TwoAmountItemsBeforeCount => new()
    {
        "2023年度安排农村饮水安全项目预算50.00万元、执行48.00万元；高标准农田建设项目预算40.00万元、执行40.00万元，共2个项目，预算合计90.00万元，执行合计88.00万元。",
        "社区养老服务项目（年初预算50万元，实际支出48万元）；困难群众救助项目（年初预算40万元，实际支出40万元）；以上2个项目，年初预算合计90万元，实际支出合计88万元。",
    };

    [Theory]
    [MemberData(nameof(TwoAmountItemsByComma))]
    [MemberData(nameof(TwoAmountItemsBeforeCount))]
    public void Two_items_with_two_amounts_each_are_two_items_summed_per_kind(string text)
    {
        var list = Assert.Single(FromText(text).Narrative.Lists);
        Assert.Equal((2, 2), (list.Count, list.Items.Count));
        Assert.Equal(new[] { "50+40=90", "48+40=88" }, list.Sums.Select(s => $"{string.Join("+", s.Items!.Select(a => a.Value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)))}={s.Stated.Value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}"));
        Assert.Empty(Findings(text));
    }

    [Theory]
    [MemberData(nameof(TwoAmountItemsByComma))]
    [MemberData(nameof(TwoAmountItemsBeforeCount))]
    public void A_sum_of_one_kind_its_items_do_not_make_up_is_one_error(string text)
    {
        var (rule, message) = Assert.Single(Findings(text.Replace("合计88", "合计86", StringComparison.Ordinal)));
        Assert.Equal("FA3005", rule);
        Assert.Contains("合计”86", message, StringComparison.Ordinal);
        Assert.Contains("≠ 逐项列出的金额之和 88.00（48", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023年度共安排项目3个，预算合计90.00万元，执行合计88.00万元，分别为：农村饮水安全项目预算50.00万元，执行48.00万元，高标准农田建设项目预算40.00万元，执行40.00万元。", 3)]
    [InlineData("2023年度共安排项目1个，预算合计90.00万元，执行合计88.00万元，其中：农村饮水安全项目预算50.00万元，执行48.00万元，高标准农田建设项目预算40.00万元，执行40.00万元。", 1)]
    public void A_count_that_two_amount_items_do_not_make_is_one_warning(string text, int count)
    {
        var list = Assert.Single(FromText(text).Narrative.Lists);
        Assert.Equal((count, 2), (list.Count, list.Items.Count));
        var (rule, message) = Assert.Single(Findings(text));
        Assert.Equal("FA3018", rule);
        Assert.Contains(" 2 项（农村饮水安全项目预算50.00万元，执行48.00万元、高标准农田建设项目预算40.00万元，执行40.00万元）", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023年度共安排项目3个，预算合计120.00万元，其中：农村饮水安全项目预算50.00万元，执行48.00万元，高标准农田建设项目预算40.00万元，执行40.00万元。")]
    [InlineData("本部门共有下属单位2个，其中：行政单位1个、事业单位1个、参照公务员法管理单位0个。")]
    [InlineData("本局设13个内设机构，其中行政科室10个、事业科室3个。")]
    public void Some_items_after_qizhong_are_no_complete_list(string text)
    {
        Assert.All(FromText(text).Narrative.Lists, l => Assert.True(l.Partial && l.Items.Count < l.Count));
        Assert.Empty(Findings(text));
    }
}
