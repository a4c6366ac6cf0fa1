using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;

namespace FiscalAudit.Tests.Extraction;

/// <summary>
/// A 合计 row of a text grid exported with its label merged over 科目编码 | 科目名称 (“合 计 | 199.52 | 199.52 | 0.00 …”, one cell
/// short) is read with each figure under its own column: a slip in any of its cells is found on it, in 元 as in 万元, in 收入决算表,
/// 支出决算表 and 一般公共预算财政拨款支出决算表; the rows that print code and name apart are read as before (the fixtures stay clean).
/// </summary>
public class ShortLabelRowTests
{
    [Theory]
    [InlineData("sichuan-township-government.txt", "合 计\t199.52\t199.52\t0.00\t0.00", "合 计\t199.52\t198.52\t0.00\t0.00", "FA1006")]
    [InlineData("sichuan-township-government.txt", "合 计\t199.52\t199.52\t0.00\t0.00", "合 计\t199.52\t199.52\t1.00\t0.00", "FA1006")]
    [InlineData("hubei-district-approval-bureau.txt", "合 计\t192.58\t192.58\t0.00\t0.00\t0.00\t0.00", "合 计\t192.58\t192.68\t0.00\t0.00\t0.00\t0.00", "FA1006")]
    [InlineData("shandong-provincial-service-centre.txt", "合 计\t1925800.00\t1925800.00\t0.00\n", "合 计\t1925800.00\t1925800.00\t100.00\n", "FA1006")]
    [InlineData("zhejiang-county-review-bureau.txt", "合 计\t199.52\t199.52\t0.00\t0.00", "合 计\t199.52\t199.52\t0.00\t0.50", "FA1006")]
    public void A_slip_in_a_total_row_one_cell_short_is_found_on_it(string name, string right, string wrong, string rule) =>
        AssertPlantFoundOnce(name, right, wrong, rule, null);
}
