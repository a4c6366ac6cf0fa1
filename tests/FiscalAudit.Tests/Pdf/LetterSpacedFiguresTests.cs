using System.Net;
using System.Text;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Ingest;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// Figures of justified or letter-spaced prose (issue 12, classes 6 and 10): a font that sets the decimal point in a digit's advance
/// (“17996.” + “68”), a space or a stretched gap before the unit (“17996.68 万元，”), letters spaced wide. The figure stays one word with
/// its unit while the sentence goes on, so short prose lines of figures never read as a table, and the sentences keep their checks.
/// </summary>
public class LetterSpacedFiguresTests
{
    /// <summary>
    /// 江苏省人民检察院2017年部门预算: justified lines whose figures the Song splits (“3.9” + “2”, the point's ink at the left of its advance)
    /// and whose units stand a stretched space away (“8.8 %。”, “9710.42 万元。”) once read as small tables of two or three columns; they are
    /// the paragraphs they print, their sentences whole. So are the lines whose full-width “．” and “（” have ink far narrower than their
    /// em (“1．公共安全（类）支出”, once three cells), and short lines a sentence runs through past figures set a space apart
    /// (“与上年相比增加  300.38万元，增长  3.92%。主要原因”).
    /// </summary>
    [SharedTheory]
    [InlineData(18, 14, 17, "与上年相比收、支预算总计各增加1463.8万元，增长8.85%。")]
    [InlineData(20, 7, 11, "占本年支出合计的99.92%。与上年相比，财政拨款支出增加1454.35万元，增长8.8%。")]
    [InlineData(21, 17, 18, "基本支出预算12308.48万元，其中：")]
    [InlineData(21, 19, 23, "（一）人员经费9710.42万元。主要包括：")]
    [InlineData(18, 18, 18, "（一）收入预算总计17996.68万元。包括：")]
    [InlineData(18, 20, 22, "与上年相比增加1454.35万元，增长8.8%。")]
    [InlineData(19, 1, 1, "（二）支出预算总计17996.68万元。包括：")]
    [InlineData(19, 2, 6, "1．公共安全（类）支出13656.34万元，主要用于检察院行政支出")]
    [InlineData(20, 14, 17, "1．检察（款）行政运行（项）支出7968.14万元，与上年相比增加300.38万元，增长3.92%。")]
    public void Justified_prose_with_spaced_figures_stays_a_paragraph(int page, int first, int last, string sentence)
    {
        var blocks = JiangsuBudget.Value.Blocks.Where(b => b.Location.Page == page).ToList();
        Assert.DoesNotContain(blocks, b => b is TableBlock && b.Location.Line <= last && (b.Location.EndLine ?? b.Location.Line) >= first);
        Assert.Contains(blocks, b => b is ParagraphBlock p && p.Location.Line == first && p.Text.Contains(sentence, StringComparison.Ordinal));
    }

    private static readonly Lazy<SourceDocument> JiangsuBudget = new(() => DocumentReaders.Default.Read(Repo.BudgetPdf("江苏省人民检察院2017年部门预算.pdf")));

    /// <summary>
    /// A 部门预算情况说明 printed by a browser from HTML with letters spaced and lines justified (two fonts, two spacings), its summary
    /// table carrying 万元 and % in the cells (“12.5%”, “0.78 %”). Planted: a share that does not follow from its amounts (FA3002), a
    /// rate of change that does not follow from its Δ (FA3003), the income total restated differently (FA3007); the clean print raises
    /// none of them.
    /// </summary>
    [ChromiumTheory(needsShared: false)]
    [InlineData("font-family:'WenQuanYi Zen Hei Sharp';font-size:12pt;letter-spacing:0.12em")]
    [InlineData("font-family:'WenQuanYi Zen Hei';font-size:10.5pt;letter-spacing:0.25em")]
    [InlineData("font-family:'WenQuanYi Zen Hei Sharp';font-size:9pt")]
    public void Letter_spaced_budget_notes_keep_their_checks(string body)
    {
        foreach (var planted in new[] { true, false })
        {
            PrintedRendering.Check("notes.html", Encoding.UTF8.GetBytes(Html(Notes(planted), body)), ChromiumPrint.ConvertToPdf, pdf =>
            {
                var findings = new Auditor(new AuditProfile()).Audit(pdf).Findings.Where(f => f.RuleId.StartsWith("FA30", StringComparison.Ordinal)).ToList();
                var expected = planted ? new[] { ("FA3002", "0.18%"), ("FA3003", "5.39%"), ("FA3007", "17969.68") } : [];
                Assert.Equal(expected.Select(e => e.Item1), findings.Select(f => f.RuleId).Order(StringComparer.Ordinal));
                foreach (var (rule, figure) in expected)
                {
                    var finding = findings.Single(f => f.RuleId == rule);
                    Assert.Contains(figure, finding.Message, StringComparison.Ordinal);
                    Assert.Equal(1, finding.Location.Source?.Page);
                }
            });
        }
    }

    /// <summary>The notes: headings, paragraphs and a table of rows (the first its header).</summary>
    private static IEnumerable<(string Kind, string[] Cells)> Notes(bool planted) =>
    [
        ("h", ["宁州市文化和旅游局2025年部门预算情况说明"]),
        ("h", ["一、收入预算情况说明"]),
        ("p", [$"本部门2025年收入预算合计17996.68 万元，比上年增加309.03万元，增长1.75%。其中：一般公共预算拨款收入17981.68万元，占99.92%；其他收入15.00万元，占{(planted ? "0.18" : "0.08")}%。"]),
        ("h", ["二、支出预算情况说明"]),
        ("p", ["本部门2025年支出预算合计17996.68万元，其中：基本支出12323.48万元，占68.48%，主要用于保障机构正常运转和在职人员工资福利；项目支出5533.00万元，占30.74 %，主要用于文化惠民演出、公共图书馆免费开放和文物保护等项目；单位预留机动经费140.20万元，占0.78%。"]),
        ("t", ["项目", "预算数", "占比", "比上年增长"]),
        ("t", ["基本支出", "12323.48万元", "68.48%", "12.5%"]),
        ("t", ["项目支出", "5533.00万元", "30.74%", "3.20%"]),
        ("t", ["合计", "17996.68万元", "100.00%", "1.75%"]),
        ("h", ["三、“三公”经费预算情况说明"]),
        ("p", [$"2025年本部门“三公”经费预算数为36.50万元，比上年减少2.30万元，下降{(planted ? "5.39" : "5.93")}%。其中：因公出国（境）费0万元；公务用车购置及运行维护费28.00万元，占76.71%；公务接待费8.50万元，占23.29%。"]),
        ("h", ["四、其他重要事项的情况说明"]),
        ("p", [$"综上，本部门2025年收入预算合计{(planted ? "17969.68" : "17996.68")}万元，全部纳入部门预算管理，年度执行中严格按照批复的预算执行。"]),
    ];

    /// <summary>The notes as an HTML page: paragraphs justified, the table without borders, its figures flush right.</summary>
    private static string Html(IEnumerable<(string Kind, string[] Cells)> notes, string body)
    {
        var html = new StringBuilder($"<html><head><meta charset=\"utf-8\"><style>body{{{body}}} p{{text-align:justify;text-indent:2em}} h3{{font-size:1em}} table{{border:none;border-collapse:collapse}} td{{padding:1px 8px;white-space:nowrap}} @page{{size:A4 portrait}}</style></head><body>");
        var inTable = false;
        foreach (var (kind, cells) in notes)
        {
            if (kind == "t" != inTable) html.Append(inTable ? "</table>" : "<table>");
            inTable = kind == "t";
            html.Append(kind switch
            {
                "h" => $"<h3>{WebUtility.HtmlEncode(cells[0])}</h3>",
                "p" => $"<p>{WebUtility.HtmlEncode(cells[0])}</p>",
                _ => "<tr>" + string.Concat(cells.Select((c, i) => $"<td{(i == 0 ? "" : " align=\"right\"")}>{WebUtility.HtmlEncode(c)}</td>")) + "</tr>",
            });
        }
        return html.Append(inTable ? "</table>" : "").Append("</body></html>").ToString();
    }
}
