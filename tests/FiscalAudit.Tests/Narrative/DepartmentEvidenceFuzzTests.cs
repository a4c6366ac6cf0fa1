namespace FiscalAudit.Tests.Narrative;

/// <summary>Identity and residue reading never crash on fragments of the texts they read, cut and shuffled at random.</summary>
public class DepartmentEvidenceFuzzTests
{
    private static readonly string[] Pieces =
    {
        "编制单位：", "部门名称\n\n", "二、机构设置\n\n", "（一）", "沁阳市财政局", "所属单位包括：", "我市", "在我", "本部门", "【 】", "＿＿", "万元",
        "增加（减少）", "注：本表", "请删除", "2024年度", "部门决算", "是市政府工作部门", "\n\n", "：", "（", "）", "《", "》", "按照",
        "二〇二三年", "2023年", "度", "团市委", "市", "区委网信办", "区", "中共沁阳市委组织部（沁阳市公务员局）", "下属单位包括：", "收入支出决算总表", "中学",
        "上海市普陀区", "财政局", "二○", "零", "一九", "九九年度", "南宁市青秀区民政局2023年度收入支出决算总表", "上海市", "\n\n单位：万元",
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
