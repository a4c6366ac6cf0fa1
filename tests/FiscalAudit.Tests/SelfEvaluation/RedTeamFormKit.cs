using System.Text;
using FiscalAudit.Engine;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// What the red teams of composed evaluation forms share: their theory rows (form, format, plants), the form received in a
/// format made of its Markdown, and what a clean form must give.
/// </summary>
internal static class RedTeamFormKit
{
    /// <summary>Each form of <paramref name="forms"/> (form, format, plants) with its format.</summary>
    public static TheoryData<string, string> Formats(TheoryData<string, string, string[]> forms)
    {
        var formats = new TheoryData<string, string>();
        foreach (var row in forms) formats.Add((string)row[0], (string)row[1]);
        return formats;
    }

    /// <summary>
    /// The composed form <paramref name="text"/> received as <paramref name="format"/>: a Word file (its tables as Word tables) or a
    /// workbook (its rows as sheet rows) made of it, its tab-separated export (“txt”), its text flattened one cell per line (“flat”:
    /// pdftotext -raw, a PDF copied as text), or the text itself.
    /// </summary>
    public static AuditResult Received(string name, string text, string format) => format switch
    {
        "docx" => new Auditor().Audit(Path.ChangeExtension(name, "docx"), Targets.TargetOfficeTests.Word(text)),
        "xlsx" => new Auditor().Audit(Path.ChangeExtension(name, "xlsx"), Workbook(("自评表", text))),
        "txt" => new Auditor().Audit(Path.ChangeExtension(name, "txt"), Encoding.UTF8.GetBytes(AsTabSeparated(text))),
        "flat" => new Auditor().Audit(Path.ChangeExtension(name, "txt"), Encoding.UTF8.GetBytes(AsFlattened(text))),
        _ => new Auditor().Audit(name, Encoding.UTF8.GetBytes(text)),
    };

    /// <summary>
    /// The form <paramref name="name"/> of SelfEvaluation/<paramref name="folder"/> received as <paramref name="format"/> (<see cref="Received(string, string, string)"/>),
    /// or as the PDF LibreOffice printed of it, stored beside it (“pdf”).
    /// </summary>
    public static AuditResult ReceivedFrom(string folder, string name, string format) =>
        format == "pdf" ? AuditFile(Path.ChangeExtension(name, "pdf"), folder) : Received(name, Text(name, folder), format);

    /// <summary>One form out of 100, its printed score the recomputed one, and no evaluation finding.</summary>
    public static void IsReadWholeWithoutFinding(AuditResult result)
    {
        var form = Assert.Single(result.Disclosure!.Evaluations.Projects);
        Assert.Equal(100m, form.TotalWeight?.Value);
        Assert.Equal(form.ReportedScore?.Value, form.Recomputation?.RecomputedScore);
        Assert.Empty(ProvincialRedTeamFormTests.Reported(result));
    }
}
