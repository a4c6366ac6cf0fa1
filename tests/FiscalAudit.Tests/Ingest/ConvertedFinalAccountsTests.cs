using System.Text;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Ingest;

/// <summary>
/// A composed 部门决算 (a county bureau, thousands separators, blank cells and 行次 on both sides of 表一/表四, 表六 in three
/// panels, a 项目支出绩效自评表 with a full-width ％) as the tab text it was written in and as converters write it
/// (<see cref="ConverterStyle"/>): read clean it raises only its true findings (its 情况说明 lacks sections), and each error
/// planted in it is found at its place whatever the converter.
/// </summary>
public class ConvertedFinalAccountsTests
{
    private const string Name = "tonglu-market-final-accounts-2023.txt";

    private static string Source => File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Ingest", "Converted", Name));

    private static AuditResult Audit(string text, string style) =>
        new Auditor(new AuditProfile()).Audit(style.Length == 0 ? "决算.txt" : "决算.md",
            Encoding.UTF8.GetBytes(style.Length == 0 ? text : ConvertedMarkdown.Write(text, ConverterStyle.Named(style))));

    public static TheoryData<string> Styles => new()
    {
        "",
        "MinerU: one line per table in html/body, spans, percents as $N\\%$",
        "MinerU: signs, percents and units in LaTeX in text and cells",
        "empty cells as “—”, pictures and page numbers between tables",
        "empty cells as “-” in pipe tables",
        "pandoc: escaped item numbers and brackets, pipe tables",
        "tables split at a page break, header not repeated",
        "tables split at a page break, header repeated",
        "docling: pipe tables repeating merged header cells, bold lines for headings",
        "MinerU: amounts in math, totals in bold, body labels spanning the columns beside them",
        "narrow cells: amounts wrapped by <br>, blanks as “$-$”",
        "marker: pipe tables with the header rows joined in one line by <br>",
        "marker: pipe tables with one header line, amounts in math, totals in bold",
        "GFM pipe tables without end bars, “:---:” delimiters",
        "MinerU: footnote marks inside the totals' math, amounts in text as $N$\\text{万元}",
        "pipe tables split by the page number printed at the foot of the page",
        "thead/tbody, <br> in long cells, zeros as “-”",
        "pipe tables repeating merged header cells, zeros as “—”",
        "MinerU: html/body, zeros left blank",
    };

    [Theory]
    [MemberData(nameof(Styles))]
    public void The_clean_document_raises_only_its_missing_sections(string style)
    {
        var result = Audit(Source, style);

        Assert.Equal(Enumerable.Range(1, 9).Select(n => $"T{n}"), result.Disclosure!.Tables.Select(t => t.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["FA3015", "FA3015"], result.Findings.Select(f => f.RuleId));
    }

    /// <summary>表五's rows replaced by <paramref name="picture"/> (a picture a converter left where the table was, or nothing) under its captions.</summary>
    private static string WithoutTable5(string picture)
    {
        var lines = Source.Split('\n').ToList();
        var from = lines.IndexOf("公开05表");
        var to = lines.FindIndex(from, l => l.StartsWith('#'));
        var rows = lines.FindIndex(from, l => l.Contains('\t'));
        var kept = lines.Where((l, at) => at <= from || at >= to || !l.Contains('\t')).ToList();
        kept.Insert(rows, picture);
        return string.Join('\n', kept);
    }

    [Theory]
    [InlineData("", "![](images/0c1d2e3f.jpg)")]
    [InlineData("empty cells as “-” in pipe tables", "![](images/table_05.png)")]
    [InlineData("MinerU: one line per table in html/body, spans, percents as $N\\%$", "![表格](images/p12_1.jpg) ![](images/p12_2.jpg)")]
    public void A_table_printed_as_a_picture_is_missing_at_the_picture_and_said_to_be_a_picture(string style, string picture)
    {
        var source = WithoutTable5(picture);
        var text = style.Length == 0 ? source : ConvertedMarkdown.Write(source, ConverterStyle.Named(style));

        var finding = Assert.Single(Audit(source, style).Findings, f => f.RuleId == "FA5001");

        Assert.Equal("T5", finding.Location.Table);
        Assert.Contains("图片", finding.Message, StringComparison.Ordinal);
        Assert.Equal(text.Split('\n').ToList().IndexOf(picture) + 1, finding.Location.Source?.Line);
    }

    [Fact]
    public void A_table_left_out_without_a_picture_is_missing_before_the_next_table()
    {
        var finding = Assert.Single(Audit(WithoutTable5(string.Empty), string.Empty).Findings, f => f.RuleId == "FA5001");

        Assert.Equal("T5", finding.Location.Table);
        Assert.DoesNotContain("图片", finding.Message, StringComparison.Ordinal);
        Assert.Contains("之前", finding.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// What is planted (a text replaced in the source), the rule that finds it and where: in a table (and its row), or, without a
    /// table, on the line that holds the last text given.
    /// </summary>
    public static TheoryData<string, string, string, string, string?, string?> Plants()
    {
        var plants = new (string From, string To, string Rule, string? Table, string? RowOrLine)[]
        {
            ("20138\t市场监督管理事务\t2,863.45", "20138\t市场监督管理事务\t2,836.45", "FA1005", "T2", "20138 市场监督管理事务"),
            ("30206\t电费\t46.10", "30206\t电费\t64.10", "FA1006", "T6", "302 商品和服务支出"),
            ("财政拨款收入3,456.78万元，占96.00%", "财政拨款收入3,456.78万元，占96.60%", "FA3002", null, "其中：财政拨款收入"),
            ("增加216.00万元，增长6.00%", "增加216.00万元，增长6.60%", "FA3003", null, "收、支总计各增加"),
            ("支出决算为32.25万元，完成预算的53.75%", "支出决算为32.25万元，完成预算的58.75%", "FA3004", null, "经费财政拨款支出预算为"),
            ("公务用车保有量为5辆", "公务用车保有量为XX辆", "FA3011", null, "公务用车保有量"),
            ("本年支出合计3,549.68万元，其中", "本年支出合计3,594.68万元，其中", "FA3001", null, "其中：基本支出"),
            ("95.00％\t9.50", "95.00％\t10.00", "FA4003", "市场主体管理项目", null),
        };
        var data = new TheoryData<string, string, string, string, string?, string?>();
        foreach (var style in Styles)
            foreach (var (from, to, rule, table, row) in plants)
                data.Add(style, from, to, rule, table, row);
        return data;
    }

    [Theory]
    [MemberData(nameof(Plants))]
    public void A_planted_error_is_found_at_its_place(string style, string from, string to, string rule, string? table, string? rowOrLine)
    {
        var source = Source;
        Assert.Equal(1, Count(source, from));
        var planted = source.Replace(from, to, StringComparison.Ordinal);

        var result = Audit(planted, style);

        var found = result.Findings.Where(f => f.RuleId == rule).ToList();
        Assert.NotEmpty(found);
        if (table is not null) Assert.Contains(found, f => f.Location.Table == table && (rowOrLine is null || f.Location.Row == rowOrLine));
        else
        {
            var text = style.Length == 0 ? planted : ConvertedMarkdown.Write(planted, ConverterStyle.Named(style));
            var line = text.Split('\n').ToList().FindIndex(l => l.Contains(rowOrLine!, StringComparison.Ordinal)) + 1;
            Assert.True(line > 0);
            Assert.Contains(found, f => f.Location.Source?.Line == line);
        }
        Assert.DoesNotContain(result.Findings, f => f.RuleId is "FA1001" or "FA1007" or "FA2001" or "FA5003" or "FA1009" or "FA2007");
    }

    private static int Count(string text, string part) => text.Split(part).Length - 1;
}
