using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// The ruled 部门决算 of Pdf/RuledFixtures (南宁市青秀区农业农村局 2023) in its three layouts, clean or planted. The planted
/// variant is the clean HTML with five errors made: 表一 本年收入合计 1485.01 → 1495.01 (FA1001), 表二's 21301 农业农村 row
/// 1236.81 | 1224.81 → 1237.81 | 1225.81 while its 项 stay (FA1006), 表五 2101101 行政单位医疗 小计 40.18 → 41.18 (FA1005),
/// 表六 人员经费合计 784.00 → 794.00 (FA1009), and 表三's header naming another unit (FA3014).
/// </summary>
internal static class RuledFixtures
{
    private static readonly string Folder = Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Pdf", "RuledFixtures");

    /// <summary>The figures of every layout's 表二, 表五 and 表六 that are planted, as (right, wrong).</summary>
    private static readonly (string Right, string Wrong)[] TableRows =
    {
        ("<td>行政单位医疗</td><td class=n>40.18</td><td class=n>40.18</td><td class=n>0.00</td></tr><tr><td>213<",
            "<td>行政单位医疗</td><td class=n>41.18</td><td class=n>40.18</td><td class=n>0.00</td></tr><tr><td>213<"),
        ("人员经费合计</td><td class=n>784.00<", "人员经费合计</td><td class=n>794.00<"),
    };

    /// <summary>Each layout's own planted errors: its amounts printed with or without thousands separators, its 表三 header.</summary>
    private static (string Right, string Wrong)[] Plants(string layout) => layout switch
    {
        "split-codes-panels-stacked" =>
        [
            ("本年收入合计</td><td>24</td><td class=n>1,485.01<", "本年收入合计</td><td>24</td><td class=n>1,495.01<"),
            ("<td>农业农村</td><td class=n>1,236.81</td><td class=n>1,224.81<", "<td>农业农村</td><td class=n>1,237.81</td><td class=n>1,225.81<"),
            ("公开03表</div><div class=hd><span>单位名称：南宁市青秀区农业农村局<", "公开03表</div><div class=hd><span>单位名称：南宁市农业农村局<"),
        ],
        "double-lines-head-not-repeated" =>
        [
            ("本年收入合计</td><td>24</td><td class=n>1,485.01<", "本年收入合计</td><td>24</td><td class=n>1,495.01<"),
            ("<td>农业农村</td><td class=n>1,236.81</td><td class=n>1,224.81<", "<td>农业农村</td><td class=n>1,237.81</td><td class=n>1,225.81<"),
            ("公开03表</div><div class=hd><span>单位名称：青秀区农业农村局<", "公开03表</div><div class=hd><span>单位名称：南宁市青秀区林业局<"),
        ],
        "captions-in-first-row" =>
        [
            ("本年收入合计</td><td>24</td><td class=n>1485.01<", "本年收入合计</td><td>24</td><td class=n>1495.01<"),
            ("<td>农业农村</td><td class=n>1236.81</td><td class=n>1224.81<", "<td>农业农村</td><td class=n>1237.81</td><td class=n>1225.81<"),
            // 表三 is the first table whose caption row spans eight columns.
            ("<td colspan=8 style='border:none;background:none'>单位名称：南宁市青秀区农业农村局", "<td colspan=8 style='border:none;background:none'>单位名称：南宁市西乡塘区农业农村局"),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(layout), layout, "no such ruled layout"),
    };

    /// <summary>The HTML of <paramref name="layout"/>, with its five errors planted when <paramref name="planted"/>.</summary>
    public static string Html(string layout, bool planted)
    {
        var name = layout + ".html";
        var html = File.ReadAllText(Path.Combine(Folder, name));
        return planted ? Planting.Planted(html, name, Plants(layout).Concat(TableRows)) : html;
    }
}
