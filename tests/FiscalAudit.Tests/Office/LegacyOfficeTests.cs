using System.Text;
using FiscalAudit.Core.Documents;
using FiscalAudit.Engine;
using FiscalAudit.Ingest;
using FiscalAudit.Tests.Office.RoundTrip;
using FiscalAudit.Tests.Reports;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Office;

/// <summary>
/// Legacy Office and other converted files (.doc, .wps, .xls, .et, .rtf, .odt, .ods, .fodt, .fods) as county sites publish
/// them: seed 002 written as .docx and .xlsx, saved by LibreOffice as Word 97-2003, RTF, OpenDocument text (packaged and
/// flat XML), Excel 97-2003 and OpenDocument spreadsheet (packaged and flat XML) files (a WPS file is the same binary
/// format under its own extension), read through <see cref="DocumentReaders.Default"/> — the same tables and findings as
/// the .docx/.xlsx, every place naming the converted file; under another extension, the same with a note first.
/// </summary>
[Collection("Legacy Office conversions")]
public class LegacyOfficeTests
{
    private static readonly Auditor Auditor = new(new AuditProfile());

    private static readonly Lazy<SourceDocument> Seed = new(() => DocumentReaders.Default.Read(Repo.Seed002));

    private static readonly Lazy<byte[]> Word = new(() => WordRoundTripWriter.Write(Seed.Value));

    private static readonly Lazy<byte[]> Excel = new(() => ExcelRoundTripWriter.Write(Seed.Value));

    /// <summary>The seed saved by LibreOffice in each format (by the format LibreOffice writes), made once.</summary>
    private static readonly Dictionary<string, Lazy<byte[]>> Saved = new[] { "doc", "rtf", "odt", "fodt" }.Select(f => (f, Word: true))
        .Concat(new[] { "xls", "ods", "fods" }.Select(f => (f, Word: false)))
        .ToDictionary(s => s.f, s => new Lazy<byte[]>(() => s.Word ? LibreOffice.SavedAs("002.docx", Word.Value, s.f) : LibreOffice.SavedAs("002.xlsx", Excel.Value, s.f)));

    [LibreOfficeTheory(NeedsShared = true)]
    [InlineData("部门决算.doc")]
    [InlineData("部门决算.wps")]
    [InlineData("部门决算.xls")]
    [InlineData("部门决算.et")]
    [InlineData("部门决算.rtf")]
    [InlineData("部门决算.odt")]
    [InlineData("部门决算.ods")]
    [InlineData("部门决算.fodt")]
    [InlineData("部门决算.fods")]
    public void Seed_002_saved_as_a_legacy_office_file_gives_the_same_tables_and_findings(string name)
    {
        var extension = Path.GetExtension(name);
        var word = extension is ".doc" or ".wps" or ".rtf" or ".odt" or ".fodt";
        var expected = Auditor.Audit(word ? "部门决算.docx" : "部门决算.xlsx", word ? Word.Value : Excel.Value);
        var result = Auditor.Audit(name, Saved[extension switch { ".wps" => "doc", ".et" => "xls", _ => extension[1..] }].Value);

        Assert.Null(result.ReadError);
        Assert.Equal(9, result.Disclosure!.Tables.Count);
        Assert.Equal(SameReading.Cells(expected, printed: true), SameReading.Cells(result, printed: true));
        Assert.Equal(Findings(expected), Findings(result));
        Assert.NotEmpty(result.Findings);
        Assert.All(result.Findings.SelectMany(f => f.RelatedLocations.Prepend(f.Location)).Where(l => l.Source is not null), l => Assert.Equal(name, l.Source!.File));
        var cell = result.Disclosure.Table("T3")!.Rows.Single(r => r.Code == "2080505").Cells["基本支出"];
        Assert.Equal(name, cell.Location.File);
        Assert.Matches(word ? @"^表\d+ 第\d+行第4列$" : @"^决算!D\d+$", cell.Location.Cell);
    }

    [LibreOfficeTheory(NeedsShared = true)]
    [InlineData("doc", "部门决算.docx", "Word 97-2003 文档（.doc）")]
    [InlineData("rtf", "部门决算.docx", "RTF 文档")]
    [InlineData("odt", "部门决算.docx", "ODF 文字文档")]
    [InlineData("xls", "部门决算.xlsx", "Excel 97-2003 表格（.xls）")]
    [InlineData("ods", "部门决算.xlsx", "ODF 表格")]
    [InlineData("odt", "部门决算.ods", "ODF 文字文档")]
    [InlineData("xls", "部门决算.doc", "Excel 97-2003 表格（.xls）")]
    [InlineData("fodt", "部门决算.doc", "ODF 文字文档（单个 XML 文件）")]
    [InlineData("fods", "部门决算.xml", "ODF 表格（单个 XML 文件）")]
    public void A_file_saved_by_libreoffice_under_another_extension_is_read_as_what_it_is(string saved, string name, string actual)
    {
        var expected = Auditor.Audit("部门决算." + saved, Saved[saved].Value);
        var result = Auditor.Audit(name, Saved[saved].Value);

        Assert.Null(result.ReadError);
        var note = $"扩展名为 {Path.GetExtension(name)}，但内容是{actual}，已按{actual}读取。";
        Assert.Equal(note, result.Disclosure!.Source.Notes[0].Message);
        Assert.Equal("FA0002", Assert.Single(result.Findings, f => f.Message == note).RuleId);
        Assert.Equal(SameReading.Cells(expected, printed: true), SameReading.Cells(result, printed: true));
        Assert.Equal(Findings(expected), Findings(result).Where(f => !f.Contains(note, StringComparison.Ordinal)));
    }

    /// <summary>The findings by rule, severity, message and place within the file (the file's name differs).</summary>
    private static List<string> Findings(AuditResult result) =>
        result.Findings.Select(f => $"{f.RuleId} {f.Severity} {f.Message} @{f.Location.Describe()}").Order(StringComparer.Ordinal).ToList();
}
