using static FiscalAudit.Tests.Narrative.ResidueStatement;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 2: drafting instructions (FA3016) and placeholders (FA3011) a template leaves, each reported on its line;
/// codes, masked numbers, printed check boxes and quotations that look like them stay silent.
/// </summary>
public class DraftingResidueFormTests
{
    [Theory]
    [InlineData("本部门2023年度没有国有资本经营预算财政拨款收支，此表无数据的，应保留表格并说明。", "FA3016", "此表无数据的，应保留")]
    [InlineData("（本表无数据的，须保留空表并作出说明）", "FA3016", "本表无数据的，须保留")]
    [InlineData("本部门无政府性基金预算财政拨款收入支出，并在本表下方作下述说明：本表无数据。", "FA3016", "在本表下方作下述说明")]
    [InlineData("注：本表请按支出功能分类科目项级填列。", "FA3016", "注：本表请按支出功能分类科目项级填列")]
    [InlineData("部门主要职责（根据实际情况填写）。", "FA3016", "（根据实际情况填写）")]
    [InlineData("部门预算执行率为98.50%（如有偏差请说明原因）。", "FA3016", "（如有偏差请说明原因）")]
    [InlineData("项目实施单位：（单位名称）", "FA3011", "（单位名称）")]
    [InlineData("（部门名称）2023年度一般公共预算财政拨款支出1,200.00万元。", "FA3011", "（部门名称）")]
    [InlineData("编制单位：XX单位", "FA3011", "XX")]
    [InlineData("本部门20XX年度收入合计1,200.00万元。", "FA3011", "20XX")]
    [InlineData("本年度共开展绩效自评项目ＸＸ个，涉及资金320.00万元。", "FA3011", "ＸＸ")]
    [InlineData("本年度机关运行经费支出比上年增加……万元，主要是水电费增加。", "FA3011", "……")]
    [InlineData("本年支出合计比上年增长…%，主要是项目支出增加。", "FA3011", "…")]
    [InlineData("本部门共有车辆＊＊辆，其中一般公务用车1辆。", "FA3011", "＊＊")]
    [InlineData("本部门2023年度政府采购支出总额X万元，其中政府采购货物支出50.00万元。", "FA3011", "X")]
    [InlineData("公文编号为昆农〔2023〕××号，已按要求公开。", "FA3011", "××")]
    public void Residue_is_reported_on_its_line(string sentence, string rule, string residue)
    {
        var finding = Assert.Single(Check(sentence, "FA3011", "FA3016"));
        Assert.Equal((rule, residue, SentenceLine), (finding.RuleId, (string)finding.Actual!, finding.Location.Line));
    }

    [Theory]
    [InlineData("本部门2023年度购置X光机1台、彩超1台，支出186.00万元。")]
    [InlineData("购置视频监控设备DS-2CD3T47XX型10台，支出3.50万元。")]
    [InlineData("本单位统一社会信用代码12530100XX4567890A已更新。")]
    [InlineData("注：受助人员身份证号码已脱敏处理，如5301××××××××1234。")]
    [InlineData("注：表中身份证号码53010219××××××0012为脱敏显示。")]
    [InlineData("是否按要求开展绩效自评：☑是 □否")]
    [InlineData("指标设置合理性：□合理 ☑基本合理 □不合理")]
    [InlineData("正如“……绿水青山就是金山银山”所指出的，本局深入推进生态环境保护。")]
    [InlineData("公用经费主要用于办公费、印刷费、水电费……等方面，支出35.00万元。")]
    [InlineData("单位名称（全称）：昆明市农业农村局")]
    [InlineData("部门（单位）名称：昆明市农业农村局")]
    [InlineData("本部门无国有资本经营预算财政拨款收支，故本表无数据，已保留空表。")]
    [InlineData("注：本表按部门预算经济分类科目列示。")]
    public void Look_alikes_are_silent(string sentence) => Assert.Empty(Check(sentence, "FA3011", "FA3016"));
}
