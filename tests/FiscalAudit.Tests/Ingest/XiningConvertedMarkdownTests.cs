using System.Text;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Office.Workbooks;

namespace FiscalAudit.Tests.Ingest;

/// <summary>
/// The 青海 (西宁) 部门决算 of <see cref="XiningWorkbookTests"/> as PDF/Word-to-Markdown converters write it (issue 12, classes 6 and 7;
/// <see cref="ConverterStyle"/>: MinerU HTML tables with spans, pandoc grid and pipe tables, docling and marker pipe tables, amounts and
/// percents in LaTeX, zeros as “-” or “—”): its cells read as the print — every table, 表一/表四's two sides, 表六's panels, 表七 as rows —
/// and give no finding; a negative 使用非财政拨款结余 in 表一 (“-1.00”, “－1.00”, “(1.00)”, “（1.00）”) reads as −1.00; a share
/// written “$99.05\%$”, “99.05\%”, “99.05％” reads as 99.05%; each planted error is found once, in its table and row or on its line.
/// </summary>
public class XiningConvertedMarkdownTests
{
    private static AuditResult Audit(string text, string style) =>
        new Auditor(new AuditProfile()).Audit(style.Length == 0 ? "决算.txt" : "决算.md",
            Encoding.UTF8.GetBytes(style.Length == 0 ? text : ConvertedMarkdown.Write(text, ConverterStyle.Named(style))));

    private static string Described(AuditResult result) => string.Join("\n", result.Findings.Select(f => $"{f.RuleId} {f.Location.Describe()} {f.Message}"));

    public static TheoryData<string> Styles => ConvertedFinalAccountsTests.Styles;

    [Theory]
    [MemberData(nameof(Styles))]
    public void The_clean_document_reads_its_nine_tables_without_findings(string style)
    {
        var result = Audit(XiningWorkbookTests.Source(), style);

        Assert.Equal(Enumerable.Range(1, 9).Select(n => $"T{n}"), result.Disclosure!.Tables.Select(t => t.Id).Order(StringComparer.Ordinal));
        Assert.True(result.Findings.Count == 0, Described(result));
        Assert.All(result.Disclosure.Tables.Where(t => t.Id is "T1" or "T4" or "T6"), t => Assert.Equal(2, t.Rows.Select(r => r.Side).OfType<string>().Distinct().Count()));
        var sangong = result.Disclosure.Tables.Single(t => t.Id == "T7").Rows.Single(r => r.HasFigures);
        Assert.Equal((3.50m, 16.30m), (sangong["预算数·公务接待费"]?.Value, sangong["决算数·合计"]?.Value));
    }

    public static TheoryData<string, string> Negatives()
    {
        var data = new TheoryData<string, string>();
        foreach (var style in new[] { "", "MinerU: one line per table in html/body, spans, percents as $N\\%$", "pandoc grid tables", "docling: pipe tables repeating merged header cells, bold lines for headings", "MinerU: amounts in math, totals in bold, body labels spanning the columns beside them" })
        {
            foreach (var negative in new[] { "-1.00", "－1.00", "(1.00)", "（1.00）" }) data.Add(style, negative);
        }
        return data;
    }

    /// <summary>表一's 使用非财政拨款结余 printed negative, the 年初结转和结余 one more: the sides still balance, the cell reads −1.00.</summary>
    [Theory]
    [MemberData(nameof(Negatives))]
    public void A_negative_amount_in_the_two_sided_table_reads_as_negative(string style, string negative)
    {
        var text = XiningWorkbookTests.Source([("使用非财政拨款结余\t27\t0.00", "使用非财政拨款结余\t27\t" + negative), ("年初结转和结余\t28\t35.20", "年初结转和结余\t28\t36.20")]);
        var result = Audit(text, style);

        Assert.True(result.Findings.Count == 0, Described(result));
        var row = result.Disclosure!.Tables.Single(t => t.Id == "T1").Rows.Single(r => r.Label == "使用非财政拨款结余");
        Assert.Equal(-1.00m, row.Cells.Values.Select(c => c.Number?.Value).Single(v => v is not null));
    }

    /// <summary>A share written as converters write percents reads as the percent: right, no finding; wrong, one FA3002 on its line.</summary>
    [Theory]
    [InlineData("$99.05\\%$", null)]
    [InlineData("99.05\\%", null)]
    [InlineData("99.05％", null)]
    [InlineData("$9 9 . 0 5 \\%$", null)]
    [InlineData("$99.50\\%$", "FA3002")]
    [InlineData("99.50\\%", "FA3002")]
    [InlineData("99.50％", "FA3002")]
    public void A_share_in_converter_notation_is_read_as_the_percent_printed(string written, string? rule)
    {
        var text = XiningWorkbookTests.Source([("占99.05%", "占" + written)]);
        var result = Audit(text, "MinerU: one line per table in html/body, spans, percents as $N\\%$");

        Assert.Equal(rule is null ? [] : [rule], result.Findings.Select(f => f.RuleId));
        if (rule is not null) Assert.Contains("99.50%", result.Findings[0].Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, string, string?, string> Plants()
    {
        var plants = new (string From, string To, string Rule, string? Table, string Where)[]
        {
            ("人员经费合计\t\t985.15", "人员经费合计\t\t958.15", "FA1009", "T6", "人员经费合计"),
            ("本年收入合计\t26\t1,298.75", "本年收入合计\t26\t1,289.75", "FA1001", "T1", "本年收入合计"),
            ("九、卫生健康支出\t41\t58.40\t58.40", "九、卫生健康支出\t41\t58.04\t58.40", "FA1005", "T4", "九、卫生健康支出"),
            ("3.公务接待费\t3.50\t1.80", "3.公务接待费\t3.05\t1.80", "FA1010", "T7", "三公经费"),
            ("人员经费985.15万元", "人员经费958.15万元", "FA3001", null, "958.15"),
        };
        var data = new TheoryData<string, string, string, string, string?, string>();
        foreach (var style in Styles)
            foreach (var (from, to, rule, table, where) in plants)
                data.Add(style, from, to, rule, table, where);
        return data;
    }

    [Theory]
    [MemberData(nameof(Plants))]
    public void A_planted_error_is_found_once_at_its_place(string style, string from, string to, string rule, string? table, string where)
    {
        var planted = XiningWorkbookTests.Source([(from, to)]);
        var result = Audit(planted, style);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(rule, finding.RuleId);
        if (table is not null) Assert.Equal((table, where), (finding.Location.Table, finding.Location.Row));
        else
        {
            var text = style.Length == 0 ? planted : ConvertedMarkdown.Write(planted, ConverterStyle.Named(style));
            Assert.Contains(where, text.Split('\n')[finding.Location.Source!.Line!.Value - 1], StringComparison.Ordinal);
        }
    }
}
