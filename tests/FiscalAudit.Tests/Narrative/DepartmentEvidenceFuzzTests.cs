namespace FiscalAudit.Tests.Narrative;

/// <summary>Identity and residue reading never crash on fragments of the texts they read (verbs joining bodies, grids, project forms too), cut and shuffled at random.</summary>
public class DepartmentEvidenceFuzzTests
{
    private static readonly string[] Pieces =
    {
        "编制单位：", "部门名称\n\n", "二、机构设置\n\n", "（一）", "沁阳市财政局", "所属单位包括：", "我市", "在我", "本部门", "【 】", "＿＿", "万元",
        "增加（减少）", "注：本表", "请删除", "2024年度", "部门决算", "是市政府工作部门", "\n\n", "：", "（", "）", "《", "》", "按照",
        "二〇二三年", "2023年", "度", "团市委", "市", "区委网信办", "区", "中共沁阳市委组织部（沁阳市公务员局）", "下属单位包括：", "收入支出决算总表", "中学",
        "上海市普陀区", "财政局", "二○", "零", "一九", "九九年度", "南宁市青秀区民政局2023年度收入支出决算总表", "上海市", "\n\n单位：万元",
        "是", "与", "系", "属于", "加挂", "牌子", "合署办公", "的派出机构", "本级", "、", "\t", "\n", "主管部门\t", "实施单位\t", "项目支出绩效自评表\n",
        "南宁市兴宁区教育局", "第一中学", "“三公”经费、会议费支出决算表", "锡林郭勒盟正蓝旗",
        "鄂托克前旗", "鄂前旗", "鄂托克旗", "旗", "双江拉祜族佤族布朗族傣族自治县", "根据", "机构改革方案", "同", "关于", "财政重点绩效评价报告",
    };

    [Fact]
    public void Random_fragments_never_crash()
    {
        var random = new Random(12);
        for (var i = 0; i < 300; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            var d = NarrativeTestKit.FromText(text);
            Assert.NotNull(NarrativeTestKit.NarrativeFindings(d));
        }
    }
}
