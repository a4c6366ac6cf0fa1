using FiscalAudit.Engine;
using FiscalAudit.Ingest;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Office.RoundTrip;

/// <summary>
/// Seed 002 as .docx with each table held by something else, as documents laid out by hand hold them: nested in the one cell
/// of a frame table, or in a text box anchored in an empty paragraph. The tables cell for cell and the findings are those of
/// the same document with its tables in the body.
/// </summary>
public class FramedWordTablesTests
{
    private static readonly Auditor Auditor = new(new AuditProfile());

    private static readonly Lazy<AuditResult> InBody = new(() => Auditor.Audit("002.docx", WordRoundTripWriter.Write(DocumentReaders.Default.Read(Repo.Seed002))));

    [SharedTheory]
    [InlineData("table")]
    [InlineData("box")]
    public void Seed_002_with_its_tables_framed_gives_the_tables_and_findings_of_tables_in_the_body(string frame)
    {
        var read = Auditor.Audit("002.docx", WordRoundTripWriter.Write(DocumentReaders.Default.Read(Repo.Seed002), frame: frame));

        Assert.Equal(9, InBody.Value.Disclosure!.Tables.Count);
        Assert.Equal(SameReading.Cells(InBody.Value), SameReading.Cells(read));
        Assert.Equal(SameReading.Findings(InBody.Value), SameReading.Findings(read));
    }
}
