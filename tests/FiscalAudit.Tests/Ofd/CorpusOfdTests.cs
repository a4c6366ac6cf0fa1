using System.Text.Json;
using FiscalAudit.Tests.Cli;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Ofd;

/// <summary>
/// Real final accounts from ../shared/corpus written as OFD (runs of text with DeltaX in the “g n d” form, rulings as paths):
/// checked together with the PDF from one folder by the command line, the OFD is found by its extension and gives the PDF's
/// tables (names, values, pages and lines) and findings (rule, severity, message, page).
/// </summary>
public class CorpusOfdTests
{
    [SharedTheory]
    [InlineData("24年普陀区财政局（测试问题版本）.pdf")]
    [InlineData("上海市普陀区财政局2024年度部门决算.pdf")]
    public void A_corpus_PDF_written_as_OFD_gives_the_same_tables_and_findings(string name)
    {
        var folder = Directory.CreateTempSubdirectory("fiscalaudit-ofd-").FullName;
        try
        {
            var pdf = File.ReadAllBytes(Repo.Corpus(name));
            File.WriteAllBytes(Path.Combine(folder, "决算.pdf"), pdf);
            File.WriteAllBytes(Path.Combine(folder, "决算.ofd"), PdfAsOfd.Write(pdf, OfdWriting.Named("runs with DeltaX in the g form")));

            var (_, json, err) = CliRun.Run("check", folder, "--format", "json");
            using var report = JsonDocument.Parse(json);
            var documents = report.RootElement.GetProperty("documents").EnumerateArray().ToDictionary(d => Path.GetExtension(d.GetProperty("file").GetString()!));
            Assert.True(documents.ContainsKey(".ofd"), err);
            Assert.Equal("ofd", documents[".ofd"].GetProperty("format").GetString());
            Assert.Equal(documents[".pdf"].GetProperty("tables").GetRawText(), documents[".ofd"].GetProperty("tables").GetRawText());
            Assert.Equal(Findings(documents[".pdf"], "决算.pdf"), Findings(documents[".ofd"], "决算.ofd"));
            Assert.NotEmpty(Findings(documents[".ofd"], "决算.ofd"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<string> Findings(JsonElement document, string name) =>
        document.GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("rule").GetString()}|{f.GetProperty("severity").GetString()}|{f.GetProperty("message").GetString()!.Replace(name, "…", StringComparison.Ordinal)}|{f.GetProperty("location").GetProperty("page")}")
            .Order(StringComparer.Ordinal).ToList();
}
