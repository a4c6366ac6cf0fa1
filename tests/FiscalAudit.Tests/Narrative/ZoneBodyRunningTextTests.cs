using FiscalAudit.Engine;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3: a development zone's 管委会 named in running text after a verb (“支持南宁高新技术产业开发区管委会开展…”, “配合…”,
/// “协助…”) is read without the verb and with its whole end (organisation-words.json leads, ends “管委会”): the organisation a coverless
/// document names most often is the zone's body as printed, and a document of another department naming zones so has no finding on them.
/// </summary>
public class ZoneBodyRunningTextTests
{
    /// <summary>A document without a cover whose text names a zone's body twice after verbs: that body, as printed, is the guess.</summary>
    [Theory]
    [InlineData("支持", "配合", "南宁高新技术产业开发区管委会")]
    [InlineData("协助", "协同", "南宁经济技术开发区管委会")]
    [InlineData("会同", "督促", "南昌高新技术产业开发区管委会")]
    [InlineData("指导", "推动", "贵安新区管委会")]
    [InlineData("通过", "依托", "合肥经济技术开发区管理委员会")]
    public void A_zone_body_after_verbs_is_read_as_printed(string verb, string other, string zone)
    {
        var text = $"一、基本情况\n\n2023年，{verb}{zone}开展招商引资活动，{other}{zone}建设孵化器。\n\n二、机构设置\n\n内设综合科、项目科。\n";
        var disclosure = FromText(text);
        Assert.Equal((zone, true), (disclosure.Department, disclosure.DepartmentGuessed));
    }

    /// <summary>A district bureau's document naming zones' bodies after verbs in its work: no finding at all beyond the missing tables.</summary>
    [Theory]
    [InlineData("支持南宁高新技术产业开发区管委会开展招商引资活动，配合南宁经济技术开发区管理委员会做好企业服务。")]
    [InlineData("按照五象新区管委会要求完成园区配套建设，协助南宁东盟经济开发区管委会推进项目落地。")]
    [InlineData("推动贵安新区管委会、指导南昌高新技术产业开发区管委会开展企业服务。")]
    [InlineData("会同乌鲁木齐经济技术开发区管委会督促企业整改。")]
    public void Zone_bodies_in_a_departments_work_raise_no_finding(string work)
    {
        var text = $"2023年度\n\n南宁市青秀区商务局\n\n部门决算\n\n一、部门职责\n\n南宁市青秀区商务局是区人民政府工作部门。\n\n二、年度工作\n\n{work}\n\n收入支出决算总表\n\n公开01表\n\n编制单位：南宁市青秀区商务局\n\n金额单位：万元\n\n本年收入合计199.52万元。\n";
        var disclosure = FromText(text);
        Assert.Equal("南宁市青秀区商务局", disclosure.Department);
        Assert.DoesNotContain(new Auditor().Check(disclosure), f => f.RuleId.StartsWith("FA3", StringComparison.Ordinal) || f.RuleId.StartsWith("FA1", StringComparison.Ordinal));
    }
}
