using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 9: a stated count against the counts of its parts in one unit. The 国有资产占用情况 sentence lists the kinds of
/// vehicles under “其中” and closes with 其他用车 (list-leads.json restCounts), so the kinds go through every vehicle: “共有车辆3辆，
/// 其中：机要通信用车1辆，其他用车1辆” is one FA3005 at its line, whether the list ends with “。” or with “；” before the equipment counted
/// in 台（套）. A list that does not close with the rest, or one led by “主要包括”, only may not exceed its whole; a part in another unit
/// (台) is no part of a count of vehicles.
/// </summary>
public class RestCountListTests
{
    [Theory]
    [InlineData("anhui-county-data-bureau.txt", "本部门共有车辆2辆，其中", "本部门共有车辆3辆，其中")]
    [InlineData("guangxi-district-review-bureau.txt", "本部门共有车辆2辆，其中", "本部门共有车辆3辆，其中")]
    [InlineData("jiangxi-district-approval-bureau.txt", "本部门共有车辆2辆，其中", "本部门共有车辆3辆，其中")]
    [InlineData("jiangxi-district-approval-bureau.txt", "其他用车1辆；单位价值50万元", "其他用车2辆；单位价值50万元")]
    [InlineData("inner-mongolia-district-data-bureau.txt", "本部门共有车辆3辆，其中", "本部门共有车辆4辆，其中")]
    [InlineData("zhejiang-county-review-bureau.txt", "本部门共有车辆2辆（上年3辆），其中", "本部门共有车辆3辆（上年3辆），其中")]
    [InlineData("yunnan-township-government.txt", "本单位共有车辆2辆，其中", "本单位共有车辆3辆，其中")]
    [InlineData("jiangxi-district-approval-bureau.txt", "其中：机要通信用车1辆，其他用车1辆；单位价值50万元以上通用设备0台（套）", "其中：一般公务用车1辆、其他用车2辆，单位价值50万元以上通用设备1台（套）")]
    public void Counts_closing_with_the_rest_that_do_not_add_up_are_one_error_at_their_line(string name, string right, string wrong)
    {
        var text = Text(name);
        Assert.Equal(1, text.Split(right).Length - 1);
        var finding = Assert.Single(Check(text.Replace(right, wrong, StringComparison.Ordinal)));
        Assert.Equal(("FA3005", LineAt(text, right)), (finding.RuleId, finding.Location.Line));
        Assert.Contains("辆", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("本部门共有车辆2辆，其中：机要通信用车1辆，其他用车1辆；", "本部门共有车辆3辆，其中：机要通信用车1辆，执法执勤用车1辆；")]
    [InlineData("本部门共有车辆2辆，其中：机要通信用车1辆，其他用车1辆；", "本部门共有车辆3辆，主要包括：机要通信用车1辆，其他用车1辆；")]
    [InlineData("本部门共有车辆2辆，其中：机要通信用车1辆，其他用车1辆；", "本部门共有车辆2辆，其中：机要通信用车1辆，其他用车1辆，办公设备1台；")]
    [InlineData("单位价值50万元以上通用设备0台（套），", "单位价值50万元以上通用设备5台，其中：办公设备3台，其他设备2台，")]
    public void Counts_that_add_up_or_promise_no_rest_give_no_finding(string right, string other)
    {
        var text = Text("jiangxi-district-approval-bureau.txt");
        Assert.Equal(1, text.Split(right).Length - 1);
        Assert.Empty(Check(text.Replace(right, other, StringComparison.Ordinal)).Select(f => $"{f.RuleId} 第{f.Location.Line}行 {f.Message}"));
    }

    [Fact]
    public void A_count_in_another_unit_closing_with_the_rest_is_checked_in_its_own_unit()
    {
        var text = Text("jiangxi-district-approval-bureau.txt");
        const string right = "单位价值50万元以上通用设备0台（套），";
        var finding = Assert.Single(Check(text.Replace(right, "单位价值50万元以上通用设备6台，其中：办公设备3台，其他设备2台，", StringComparison.Ordinal)));
        Assert.Equal(("FA3005", LineAt(text, right)), (finding.RuleId, finding.Location.Line));
        Assert.Contains("6台", finding.Message, StringComparison.Ordinal);
    }
}
