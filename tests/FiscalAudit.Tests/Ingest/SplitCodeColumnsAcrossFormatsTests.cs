using System.Text;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Narrative;
using FiscalAudit.Tests.Office;
using FiscalAudit.Tests.Pdf;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Ingest;

/// <summary>
/// Issue 12, class 11: the Anhui county 部门决算 prints its function codes in three cells under a header cell “科目编码” merged
/// over “类 | 款 | 项” (“201 | 03 | 06”), as converters write such a table in HTML (colspan) or in pipe tables (the merged text
/// repeated), as Word and a workbook hold it. In every form the three cells are read as one code (2010306), the rows nest by it,
/// the clean document gives the findings of its text and a planted error in a 项 row is found once, with the id it has in the text.
/// Two header shapes: 科目编码 over 类 款 项 and 科目名称, and 科目编码 over 类 款 项 only, 科目名称 beside it over both header rows.
/// </summary>
public class SplitCodeColumnsAcrossFormatsTests
{
    private static readonly Auditor Auditor = new(new AuditProfile());

    private const string Fixture = "anhui-county-data-bureau.txt";

    /// <summary>表三's 2010306 with its 基本支出 176.90 for 176.99: its row (FA1005) and its 款 (FA1006) no longer add up.</summary>
    private static readonly (string Right, string Wrong) Plant =
        ("201\t03\t06\t政务公开审批\t176.99\t176.99\t0.00\t0.00", "201\t03\t06\t政务公开审批\t176.99\t176.90\t0.00\t0.00");

    /// <summary>The fixture as printed (科目编码 over four columns) or with 科目名称 beside 科目编码, over both header rows.</summary>
    private static string Text(string header)
    {
        var text = FinalAccountsFixtures.Text(Fixture);
        return header == "name beside" ? text.Replace("科目编码\t\t\t\t", "科目编码\t\t\t科目名称\t", StringComparison.Ordinal).Replace("类\t款\t项\t科目名称", "类\t款\t项\t", StringComparison.Ordinal) : text;
    }

    private static readonly Dictionary<string, Func<string, (string Name, byte[] Bytes)>> Forms = new()
    {
        ["Markdown: MinerU, a table a line, 科目编码 colspan"] = t => Markdown(t, "MinerU: one line per table in html/body, spans, percents as $N\\%$"),
        ["Markdown: thead/tbody, 科目编码 colspan"] = t => Markdown(t, "thead/tbody over many lines, <br> in long cells, &nbsp; for blanks"),
        ["Markdown: Word HTML, empty <th> cells beside 科目编码"] = t => Markdown(t, "Word HTML: <p> in every cell, empty <th> header cells, no spans"),
        ["Markdown: docling pipe tables repeating 科目编码 over its columns"] = t => Markdown(t, "docling: pipe tables repeating merged header cells, bold lines for headings"),
        ["Markdown: marker pipe tables, header rows joined by <br>"] = t => Markdown(t, "marker: pipe tables with the header rows joined in one line by <br>"),
        ["Markdown: pipe tables, amounts with thousands separators"] = t => Markdown(t, "marker: pipe tables, amounts with thousands separators"),
        ["Word"] = t => ("anhui.docx", BorderlessTablesTests.WordDocument(t)),
        ["workbook, one sheet, titles merged"] = t => ("anhui.xlsx", OneSheetLayout.Build(t, "side by side, three blank columns between, each title merged across its table")),
        ["workbook, one sheet, labels merged over empty cells"] = t => ("anhui.xlsx", OneSheetLayout.Build(t, "one under another, labels of totals merged over the empty cells beside them")),
    };

    private static (string, byte[]) Markdown(string text, string style) => ("anhui.md", Encoding.UTF8.GetBytes(ConvertedMarkdown.Write(text, ConverterStyle.Named(style))));

    public static TheoryData<string, string> FormsAndHeaders
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var form in Forms.Keys)
            {
                data.Add(form, "as printed");
                data.Add(form, "name beside");
            }
            return data;
        }
    }

    private static AuditResult Audit(string form, string text)
    {
        var (name, bytes) = Forms[form](text);
        return Auditor.Audit(name, bytes);
    }

    private static AuditResult InText(string text) => Auditor.Audit("anhui.txt", Encoding.UTF8.GetBytes(text));

    [Theory]
    [MemberData(nameof(FormsAndHeaders))]
    public void Codes_in_three_cells_under_one_header_are_read_as_one_code_and_the_findings_are_those_of_the_text(string form, string header)
    {
        var text = Text(header);

        var read = Audit(form, text);

        Assert.Equal(SameReading.Findings(InText(text)), SameReading.Findings(read));
        Assert.Equal(["2010306 政务公开审批", "2080505 机关事业单位基本养老保险缴费支出"], Coded(InText(text), "T3", "政务公开审批", "机关事业单位基本养老保险缴费支出"));
        Assert.Equal(["2010306 政务公开审批", "2080505 机关事业单位基本养老保险缴费支出"], Coded(read, "T3", "政务公开审批", "机关事业单位基本养老保险缴费支出"));
        Assert.Equal(["20103 政府办公厅（室）及相关机构事务", "2080505 机关事业单位基本养老保险缴费支出"], Coded(read, "T5", "政府办公厅（室）及相关机构事务", "机关事业单位基本养老保险缴费支出"));
    }

    [Theory]
    [MemberData(nameof(FormsAndHeaders))]
    public void A_planted_error_in_a_row_of_split_codes_is_found_once_with_its_id_in_the_text(string form, string header)
    {
        var text = Text(header);
        var planted = Planting.Planted(text, Fixture, [Plant]);
        var inText = Added(InText(text), InText(planted));

        var added = Added(Audit(form, text), Audit(form, planted));

        Assert.Equal("FA1006 T3 2010306 政务公开审批", Assert.Single(inText.Select(f => $"{f.RuleId} {f.Location.Table} {f.Location.Row}")));
        Assert.Equal(inText.Select(f => f.Id), added.Select(f => f.Id));
    }

    /// <summary>The code and name of each row of <paramref name="table"/> named one of <paramref name="names"/>.</summary>
    private static List<string> Coded(AuditResult result, string table, params string[] names) =>
        result.Disclosure!.Tables.Where(t => t.Id == table).SelectMany(t => t.Rows).Where(r => names.Contains(r.Name)).Select(r => r.Label).ToList();

    private static List<FiscalAudit.Core.Findings.Finding> Added(AuditResult clean, AuditResult planted) =>
        planted.Findings.Where(f => !clean.Findings.Any(c => c.Id == f.Id)).ToList();
}
