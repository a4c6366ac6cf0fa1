using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Budget.NationalFormat.NationalFormatBudgetTests;

namespace FiscalAudit.Tests.Budget.Unseen;

/// <summary>
/// 部门预算 printing the 财政部's eight tables (部门收支总表 … 一般公共预算“三公”经费支出表, 政府性基金预算支出表) and no 国有资本经营预算支出表,
/// with seed 002's department and its 年初预算 (231.81万元). 山西 (平遥县, 万元): every title numbered twice (“表一 表1部门收支总表”), “编制单位：… |
/// 金额单位：万元” captions, codes in one column, an empty 政府性基金 table with its note. 内蒙古 (鄂托克前旗, 元 with thousands separators):
/// “公开01表” on a line above a title led by the banner's department and year, codes split into 类 | 款 | 项 parts, and a 政府性基金
/// project (彩票公益金, 20.00万元). The clean documents give no finding and read the eight tables; each planted error gives one finding of
/// its rule at its table and row or with the words of its message.
/// </summary>
public class EightTableBudgetTests
{
    private const string Shanxi = "shanxi-budget.txt";

    private const string InnerMongolia = "inner-mongolia-budget.txt";

    private static AuditResult Audit(string fixture, params (string Right, string Wrong)[] plants)
    {
        var name = fixture == Shanxi ? "平遥县行政审批服务管理局2021年部门预算.txt" : "鄂托克前旗政务服务局2021年部门预算.txt";
        var text = Planting.Planted(File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Budget", "Unseen", fixture)), fixture, plants);
        return new Auditor().Audit(name, System.Text.Encoding.UTF8.GetBytes(text));
    }

    [Theory]
    [InlineData(Shanxi)]
    [InlineData(InnerMongolia)]
    public void The_clean_document_reads_its_eight_tables_and_gives_no_finding(string fixture)
    {
        var result = Audit(fixture);
        Assert.Empty(Reported(result).Select(f => $"{f.RuleId} {f.Location.Describe()} {f.Message}"));
        Assert.Equal(new[] { "B01", "B02", "B03", "B04", "B05", "B06", "B08", "B09" }, result.Disclosure!.Tables.Select(t => t.Id).Order());
    }

    [Theory]
    [InlineData(Shanxi, "30201\t办公费\t20.00\t\t20.00", "30201\t办公费\t22.00\t\t22.00", "FA6005", "B08", "302 商品和服务支出", "74.99")]
    [InlineData(Shanxi, "0.30\t0.00\t0.00\t0.00\t0.00\t0.30", "0.40\t0.00\t0.00\t0.00\t0.00\t0.30", "FA6006", "B09", "三公经费", "此处印为 0.40")]
    [InlineData(Shanxi, "基本支出225.81万元，占97.41%", "基本支出225.81万元，占97.14%", "FA3002", "", "", "说明写为 97.14%")]
    [InlineData(Shanxi, "增加2.99万元，增长4.27%", "增加2.99万元，增长4.72%", "FA3003", "", "", "说明写为 4.72%")]
    [InlineData(Shanxi, "机关运行经费预算72.99万元", "机关运行经费预算79.29万元", "FA6402", "", "", "多于表六“合计”行“公用经费”列 72.99")]
    [InlineData(Shanxi, "312001\t平遥县行政审批服务管理局本级\t231.81\t231.81", "312001\t平遥县行政审批服务管理局本级\t213.81\t231.81", "FA6004", "B02", "平遥县行政审批服务管理局本级", "此处印为 213.81")]
    [InlineData(Shanxi, "一、一般公共服务支出\t205.99\t205.99", "一、一般公共服务支出\t205.99\t209.99", "FA6103", "B04", "一、一般公共服务支出", "此处印为 209.99")]
    [InlineData(InnerMongolia, "30226\t劳务费\t300,000.00\t\t300,000.00", "30226\t劳务费\t330,000.00\t\t330,000.00", "FA6005", "B08", "302 商品和服务支出", "729,900.00")]
    [InlineData(InnerMongolia, "\t\t五、其他支出\t200,000.00\t\t200,000.00\t", "\t\t五、其他支出\t200,000.00\t\t220,000.00\t", "FA6103", "B04", "五、其他支出", "此处印为 220,000.00")]
    [InlineData(InnerMongolia, "项目支出26.00万元，占10.33%", "项目支出26.00万元，占13.03%", "FA3002", "", "", "说明写为 13.03%")]
    [InlineData(InnerMongolia, "3,000.00\t0.00\t0.00\t0.00\t0.00\t3,000.00", "4,000.00\t0.00\t0.00\t0.00\t0.00\t3,000.00", "FA6006", "B09", "三公经费", "此处印为 4,000.00")]
    [InlineData(InnerMongolia, "政府性基金预算拨款收入20.00万元", "政府性基金预算拨款收入25.00万元", "FA3005", "", "", "231.81＋25.00")]
    [InlineData(InnerMongolia, "\t合计\t200,000.00\t\t200,000.00\n229", "\t合计\t200,000.00\t\t220,000.00\n229", "FA6005", "B06", "合计", "此处印为 220,000.00")]
    public void A_planted_error_gives_one_finding_at_its_place(string fixture, string right, string wrong, string rule, string table, string row, string words)
    {
        var found = Reported(Audit(fixture, (right, wrong)));
        var finding = Assert.Single(found);
        Assert.Equal((rule, table, row), (finding.RuleId, finding.Location.Table ?? "", finding.Location.Row ?? ""));
        Assert.Contains(words, finding.Message, StringComparison.Ordinal);
    }
}
