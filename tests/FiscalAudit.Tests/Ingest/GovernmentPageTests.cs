using System.Text;
using FiscalAudit.Core.Documents;
using FiscalAudit.Engine;
using FiscalAudit.Ingest.Text;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Ingest;

/// <summary>
/// Pages as government sites publish them: the article inside tables used only for layout, menus, breadcrumbs,
/// “打印本页 关闭窗口”, “字号：大 中 小” and a 版权所有 footer around it. The real table is read as the table, the
/// article's text as paragraphs, the site's furniture not at all.
/// </summary>
public class GovernmentPageTests
{
    private const string Header = "<div class=\"top\"><a href=\"/\">设为首页</a> <a href=\"#\">加入收藏</a> <a href=\"/wzdt\">网站地图</a></div>\n"
        + "<div class=\"nav clearfix\" id=\"mainNav\"><ul><li><a href=\"/\">首页</a></li><li><a href=\"/jggk\">机构概况</a></li><li><div class=\"sub\">政务公开</div></li><li>办事服务</li><li>互动交流</li></ul></div>\n"
        + "<div class=\"position\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk\">政务公开</a> &gt; 财政预决算</div>\n";

    private const string Footer = "<div class=\"tools\">【<a href=\"javascript:window.print()\">打印本页</a>】【<a href=\"javascript:window.close()\">关闭窗口</a>】</div>\n"
        + "<footer><div class=\"links\">友情链接：<a>中国政府网</a> <a>河南省人民政府</a></div><p>版权所有：沁阳市人民政府</p></footer>\n"
        + "<div class=\"foot_copyright\"><p>主办单位：沁阳市人民政府办公室 豫ICP备05012345号 网站标识码：4108820001 豫公网安备41088202000123号</p></div>\n";

    private const string Article = "<h1>沁阳市财政局2023年度部门决算</h1>\n<div class=\"info\">发布时间：2024-06-28 浏览次数：356 字号：<a>大</a> <a>中</a> <a>小</a></div>\n"
        + "<p>本部门2023年度收入合计199.52万元，支出合计192.58万元。</p>\n"
        + "<table border=\"1\" cellspacing=\"0\"><tr><td>项目</td><td>决算数</td></tr><tr><td>一般公共服务支出</td><td>176.99</td></tr><tr><td>社会保障和就业支出</td><td>10.65</td></tr></table>\n"
        + "<p>注：本表金额单位为万元。</p>\n";

    /// <summary>The article wrapped as sites wrap it: one layout table, two nested, a layout cell with its own cell tags and attributes, on one line.</summary>
    public static TheoryData<string> Layouts => new()
    {
        "<table width=\"1000\" align=\"center\"><tr><td>\n" + Article + "</td></tr></table>",
        "<table width=\"100%\"><tr><td align=\"center\"><table width=\"960\" class=\"main\"><tbody><tr><td valign=\"top\">\n" + Article + "</td></tr></tbody></table></td></tr></table>",
        "<TABLE cellSpacing=0 cellPadding=0 width=\"100%\" border=0><TR><TD class=content style=\"padding:20px\">" + Article.Replace("\n", "", StringComparison.Ordinal) + "</TD></TR></TABLE>",
        "<div class=\"main\"><div class=\"article\"><table width=\"100%\"><tr><td><div class=\"TRS_Editor\">\n" + Article + "</div></td></tr></table></div></div>",
    };

    /// <summary>A side navigation as sites draw it: links one per line, in a list, under a column title.</summary>
    private const string SideLinks = "<a href=\"/jggk\">机构概况</a><br><a href=\"/zcfg\">政策法规</a><br><a href=\"/czyjs\">财政预决算</a><br><a href=\"/zfcg\">政府采购</a>";

    private const string SideList = "<ul class=\"list\"><li><a href=\"/jggk\">机构概况</a></li><li><a href=\"/zcfg\">政策法规</a></li><li class=\"on\"><a href=\"/czyjs\">财政预决算</a></li></ul>";

    private const string SideColumn = "<div class=\"title\">栏目导航</div><p><a href=\"/zcfg\">政策法规</a></p><p><a href=\"/czyjs\">财政预决算信息公开</a></p><p><a href=\"/zfcg\">政府采购</a></p>";

    /// <summary>The article in a layout table beside a side navigation: a left cell of links, a spacer, a right column of related links, a banner row.</summary>
    public static TheoryData<string> LayoutsWithSideNavigation => new()
    {
        "<table width=\"1000\"><tr><td width=\"200\" valign=\"top\" class=\"left\">" + SideLinks + "</td><td valign=\"top\">\n" + Article + "</td></tr></table>",
        "<table width=\"1000\"><tr><td width=\"220\">" + SideList + "</td><td width=\"10\">&nbsp;</td><td>" + Article.Replace("\n", "", StringComparison.Ordinal) + "</td></tr></table>",
        "<TABLE width=980><TR><TD>" + SideColumn + "</TD><TD>\n" + Article + "</TD><TD width=180><b>相关链接</b><br><a href=\"http://www.gov.cn\">中国政府网</a><br><a href=\"http://czt.henan.gov.cn\">河南省财政厅</a></TD></TR></TABLE>",
        "<table><tr><td colspan=\"2\"><img src=\"banner.jpg\"></td></tr><tr><td>" + SideLinks + "</td><td>\n" + Article + "</td></tr></table>",
    };

    /// <summary>The article in a block whose class or id contains a navigation word without meaning navigation, beside blocks that do.</summary>
    public static TheoryData<string> ContainersNamedLikeNavigation => new()
    {
        "<div class=\"nav-content\">\n" + Article + "</div>",
        "<div class=\"left-nav\">" + SideLinks + "</div><div class=\"main-nav-content clearfix\">\n" + Article + "</div>",
        "<div class=\"sidebar\">" + SideList + "</div><div id=\"nav_content\" class=\"border-bottom\">\n" + Article + "</div>",
        "<div class=\"sub-nav-box\">" + SideList + "</div><div class=\"navContent\"><div class=\"menu-content\">\n" + Article + "</div></div>",
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    [MemberData(nameof(LayoutsWithSideNavigation))]
    [MemberData(nameof(ContainersNamedLikeNavigation))]
    public void The_table_inside_a_layout_table_is_the_table_and_the_furniture_is_left_out(string layout)
    {
        var page = $"<html><head><meta charset=\"utf-8\"><title>沁阳市人民政府</title></head><body>\n{Header}{layout}\n{Footer}</body></html>";
        var document = new HtmlReader().Read("决算.html", Encoding.UTF8.GetBytes(page));

        var table = Assert.Single(document.Blocks.OfType<TableBlock>());
        Assert.Equal(
            ["项目|决算数", "一般公共服务支出|176.99", "社会保障和就业支出|10.65"],
            table.Rows.Select(r => string.Join("|", r.Cells.Select(c => c.Text))));
        Assert.Equal(
            ["H 沁阳市财政局2023年度部门决算", "P 本部门2023年度收入合计199.52万元，支出合计192.58万元。", "T", "P 注：本表金额单位为万元。"],
            document.Blocks.Select(b => b switch { HeadingBlock h => "H " + h.Text, ParagraphBlock p => "P " + p.Text, _ => "T" }));
        var shown = string.Join("\n", document.Lines.Select(l => l.Text));
        foreach (var furniture in new[] { "网站地图", "机构概况", "互动交流", "当前位置", "浏览次数", "打印本页", "关闭窗口", "友情链接", "版权所有", "ICP备", "政策法规", "政府采购", "栏目导航", "相关链接" })
            Assert.DoesNotContain(furniture, shown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_data_table_whose_cell_holds_a_table_of_its_own_is_not_taken_apart()
    {
        const string page = "<html><body><table border=\"1\"><tr><td>项目</td><td>明细</td></tr><tr><td>基本支出</td><td><table><tr><td>人员经费</td><td>100.58</td></tr></table></td></tr></table></body></html>";
        var table = Assert.Single(new HtmlReader().Read("表.html", Encoding.UTF8.GetBytes(page)).Blocks.OfType<TableBlock>());
        Assert.Equal("项目", table.Rows[0].Cells[0].Text);
        Assert.Contains(table.Rows.SelectMany(r => r.Cells), c => c.Text.Contains("100.58", StringComparison.Ordinal));
    }

    [Fact]
    public void A_data_table_whose_cells_are_links_and_one_holds_a_table_is_not_taken_apart()
    {
        const string page = "<html><body><table border=\"1\"><tr><td>项目</td><td>明细</td></tr><tr><td><a href=\"/xm/1\">基本支出</a></td><td><table><tr><td>人员经费</td><td>100.58</td></tr></table></td></tr>"
            + "<tr><td><a href=\"/xm/2\">项目支出</a></td><td><a href=\"/xm/2/mx\">92.00</a></td></tr></table></body></html>";
        var table = Assert.Single(new HtmlReader().Read("表.html", Encoding.UTF8.GetBytes(page)).Blocks.OfType<TableBlock>());
        Assert.Equal(["项目", "明细"], table.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal("基本支出", table.Rows[1].Cells[0].Text);
    }

    [SharedFact]
    public void Seed_002_published_inside_a_site_layout_gives_the_same_tables_and_findings()
    {
        var text = File.ReadAllText(Repo.Seed("002"));
        var auditor = new Auditor(new AuditProfile());
        var expected = auditor.Audit("002.txt", Encoding.UTF8.GetBytes(text));
        var page = WebPages.Seed(text, WebPages.Style.OnePerLine);
        var body = page.IndexOf("<body>", StringComparison.Ordinal) + "<body>".Length;
        var wrapped = page[..body] + Header + "<table width=\"1000\" align=\"center\"><tr><td>" + page[body..].Replace("</body>", "</td></tr></table>" + Footer + "</body>", StringComparison.Ordinal);

        var result = auditor.Audit("002.html", Encoding.UTF8.GetBytes(wrapped));
        Assert.Null(result.ReadError);
        Assert.Equal(9, result.Disclosure!.Tables.Count);
        Assert.Equal(SameReading.Cells(expected), SameReading.Cells(result));
        Assert.Equal(expected.Findings.Select(f => f.RuleId).Order(), result.Findings.Select(f => f.RuleId).Order());
    }
}
