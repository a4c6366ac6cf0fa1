namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// The budget stated inside a comparison, the reasons of a change, the set a count names and the count rows of a table never crash
/// on fragments of the texts they read, cut and shuffled at random.
/// </summary>
public class StatedWordingFuzzTests
{
    private static readonly string[] Pieces =
    {
        "比年初列支的", "较年初安排的", "与年初预算", "比年初预算的", "相比", "7万元", "4.75万元", "电费预算", "减少了", "节约", "增加",
        "2.25万元", "，", "。", "；", "：", "原因是", "主要原因是", "一是", "二是", "三是", "等", "其他", "劳务费", "增加4.20万元",
        "我部门共有", "7个项目", "批复了绩效目标", "其中", "上年", "2020年度", "公务用车保有量为", "2辆", "全年国内公务接待", "0批次",
        "0人次", "\n\n", "\t", "项目\t预算数\t决算数\n", "公务用车保有量（辆）\t2\t2\n", "国内公务接待批次（个）\t3\t", "决算数", "\n",
    };

    [Fact]
    public void Random_fragments_never_crash()
    {
        var random = new Random(39);
        for (var i = 0; i < 300; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            Assert.NotNull(NarrativeTestKit.NarrativeFindings(NarrativeTestKit.FromText(text)));
        }
    }
}
