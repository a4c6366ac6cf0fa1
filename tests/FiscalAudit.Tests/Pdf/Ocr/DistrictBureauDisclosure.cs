using System.Text;
using FiscalAudit.Ingest.Pdf.Ocr;

namespace FiscalAudit.Tests.Pdf.Ocr;

/// <summary>
/// A district bureau's 部门决算 excerpt as a 广东 district publishes it, printed by LibreOffice on four A4 portrait pages:
/// the cover (the department's name over the title, and its 目录), the 收入支出决算总表 (its 部门 line naming a unit),
/// the 情况说明 of the 一般公共预算 spending (shares of the year's 515.38), and the one of 机关运行经费. The cover may
/// be printed as a 红头 file (<see cref="Letterhead"/>): the letterhead “…局文件”, a rule and the title, in red or black,
/// large (the strokes of the letterhead's glyphs are as long as a table's rulings). The table is ruled, as the county's
/// (<see cref="ScannedCountyDisclosureTests"/>).
/// </summary>
internal static class DistrictBureauDisclosure
{
    public const string Department = "广州市海珠区城市管理和综合执法局";

    /// <summary>
    /// The PDF's path, in a folder of its own: <paramref name="housing"/> is the 住房保障支出 the total 515.38 leaves
    /// out unless it is 0.00, <paramref name="share"/> the 城乡社区 share of it (86.37 is right), <paramref name="unit"/> the unit the table's 部门 line names,
    /// <paramref name="letterhead"/> the cover's 红头 (none: a plain heading).
    /// </summary>
    public static string Print(string housing = "0.00", string share = "86.37", string unit = Department, Letterhead? letterhead = null)
    {
        var print = new BorderlessTablesTests.Print(Body: "font-family:'WenQuanYi Zen Hei';font-size:9pt", Cell: "padding:1px 6px", Page: "size:A4 portrait", CellPadding: "4");
        var cover = letterhead is { } head
            ? $"<p style=\"color:{head.Colour};font-size:{head.Points}pt;text-align:center\">{head.Name ?? Department}文件</p><hr style=\"border:none;border-top:2.5pt solid {head.Colour}\"/>"
              + $"<p>&nbsp;</p><p style=\"color:{head.Colour};font-size:{head.TitlePoints}pt;text-align:center\">{Department}2022年度部门决算</p>"
            : $"<h3>{Department}2022年度部门决算</h3>";
        var pages = new[]
        {
            cover + Body(print, "目 录", "", "第一部分 部门概况", "", "第二部分 2022年度部门决算表", "", "第三部分 2022年度部门决算情况说明", ""),
            Body(print,
                "# 收入支出决算总表", "", "公开01表", "", $"部门：{unit}", "", "金额单位：万元", "",
                "收 入\t\t\t支 出\t\t",
                "项 目\t行次\t金 额\t项 目\t行次\t金 额",
                "栏 次\t\t1\t栏 次\t\t2",
                "一、一般公共预算财政拨款收入\t1\t532.60\t一、社会保障和就业支出\t32\t48.36",
                "二、事业收入\t2\t0.00\t二、卫生健康支出\t33\t21.90",
                "三、其他收入\t3\t0.00\t三、城乡社区支出\t34\t445.12",
                $"\t\t\t四、住房保障支出\t35\t{housing}",
                "<b>本年收入合计</b>\t4\t532.60\t<b>本年支出合计</b>\t36\t515.38",
                "年初结转和结余\t5\t4.20\t年末结转和结余\t37\t21.42",
                "<b>总 计</b>\t6\t536.80\t<b>总 计</b>\t38\t536.80", ""),
            Body(print, "## **五、一般公共预算财政拨款支出决算情况说明**", "",
                $"2022年度一般公共预算财政拨款支出515.38万元，主要用于以下方面：社会保障和就业（类）支出48.36万元，占9.38%；卫生健康（类）支出21.90万元，占4.25%；城乡社区（类）支出445.12万元，占{share}%。", ""),
            Body(print, "## **六、机关运行经费支出决算情况说明**", "",
                "2022年度本部门机关运行经费支出36.80万元，主要用于办公费、印刷费、邮电费、差旅费、会议费、福利费、日常维修费及一般行政管理事务支出等。", ""),
        };
        var html = BorderlessTablesTests.Page(print, string.Join("<p style=\"page-break-before:always\"></p>", pages))
            .Replace("<table cellpadding", "<table border=\"1\" cellpadding", StringComparison.Ordinal);
        var target = Path.Combine(Directory.CreateTempSubdirectory("fiscalaudit-district-").FullName, "district.pdf");
        PrintedRendering.Check("district.html", Encoding.UTF8.GetBytes(html), pdf => File.Copy(pdf, target));
        return target;
    }

    /// <summary>Two scanned pages side by side on one sheet, as an A3 sheet holds two A4 pages: the taller one's height, white beside the shorter one.</summary>
    public static GrayImage SideBySide(GrayImage left, GrayImage right) =>
        ScanRobustnessTests.Gray(left.Width + right.Width, Math.Max(left.Height, right.Height), (x, y) =>
            x < left.Width ? (y < left.Height ? left.Pixels[y * left.Width + x] : (byte)255)
            : y < right.Height ? right.Pixels[y * right.Width + x - left.Width] : (byte)255);

    /// <summary>
    /// A 红头 cover: the letterhead “<see cref="Name"/>文件” (the department's own name by default) at <see cref="Points"/>, a
    /// 2.5 pt rule, and the title at <see cref="TitlePoints"/>, all in <see cref="Colour"/> (CSS).
    /// </summary>
    public sealed record Letterhead(string Colour, double Points, double TitlePoints, string? Name = null)
    {
        /// <summary>The red letterhead at 20 pt over a 15 pt title.</summary>
        public static Letterhead Red { get; } = new("#d82a2f", 20, 15);
    }

    private static string Body(BorderlessTablesTests.Print print, params string[] lines) =>
        BorderlessTablesTests.Body(new FiscalAudit.Ingest.Text.PlainTextReader().Read("page.txt", Encoding.UTF8.GetBytes(string.Join('\n', lines))).Blocks, print);
}
