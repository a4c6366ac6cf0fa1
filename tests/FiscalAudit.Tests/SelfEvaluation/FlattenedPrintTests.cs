using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Ingest;
using FiscalAudit.Tests.Reports;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// A 部门整体支出绩效自评表 and a 项目支出绩效自评表 (江苏's, RedTeam12) printed unruled at 9 pt and copied as text the way pdftotext
/// gives it (issue 12, class 8): -layout (cells placed by spaces, a long cell wrapped over lines) and -raw (the cells of a row on one
/// line, a wrapped cell's rest on the next). The text either gives the form — its indicators, weights and scores as the Markdown
/// does — or one read note that the form could not be read (FA0002): never a silent nothing, and never a warning or an error.
/// </summary>
public sealed class FlattenedPrintTests : IDisposable
{
    private const string Folder = "RedTeam12";

    private readonly string folder = Directory.CreateTempSubdirectory("fiscalaudit-flattened-print-").FullName;

    [LibreOfficeTheory]
    [InlineData("jiangsu-department.md", "-layout")]
    [InlineData("jiangsu-department.md", "-raw")]
    [InlineData("jiangsu-project.md", "-layout")]
    [InlineData("jiangsu-project.md", "-raw")]
    public void A_flattened_print_gives_the_form_or_says_it_could_not_be_read(string name, string mode)
    {
        var pdf = WordPrint.Pdf(folder, name, Text(name, Folder), Unruled);
        var text = mode == "-raw" ? Pdftotext.Raw(pdf) : Pdftotext.Layout(pdf);

        var result = new Auditor().Audit(Path.ChangeExtension(name, "txt"), System.Text.Encoding.UTF8.GetBytes(text));

        if (result.Disclosure!.Evaluations.Projects.Count > 0) Assert.Equal(Shape(Project(Audit(name, Text(name, Folder)))), Shape(Project(result)));
        else Assert.Contains("未能读出表中的指标、分值和得分", Assert.Single(result.Findings, f => f.RuleId == "FA0002").Message, StringComparison.Ordinal);
        Assert.All(result.Findings, f => Assert.Equal(Severity.Info, f.Severity));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>No borders, every run 9 pt.</summary>
    private static void Unruled(MainDocumentPart main)
    {
        var body = main.Document.Body!;
        foreach (var borders in body.Descendants<TableBorders>().ToList()) borders.Remove();
        foreach (var run in body.Descendants<Run>()) run.PrependChild(new RunProperties(new FontSize { Val = "18" }));
    }
}
