using FiscalAudit.Reports.Office;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Reports;

/// <summary>The ledger's and the opinion's conclusion of a blank template says what it is, never a bare “无错误”.</summary>
public sealed class TemplateConclusionTests
{
    [SharedFact]
    public void A_published_blank_template_is_concluded_as_one()
    {
        var summary = DocumentSummary.Of(AuditedDocuments.Audit(Repo.Corpus("附件2：部门决算模板.pdf")));
        Assert.True(summary.IsTemplate);
        Assert.StartsWith(DocumentSummary.TemplateNote, summary.Conclusion, StringComparison.Ordinal);
        Assert.Equal(summary.Errors > 0, summary.Conclusion.Contains("条错误", StringComparison.Ordinal));
    }

    [Fact]
    public void A_filled_document_is_not_concluded_as_a_template()
    {
        var summary = DocumentSummary.Of(AuditedDocuments.Audit(AuditedDocuments.Example));
        Assert.False(summary.IsTemplate);
        Assert.DoesNotContain(DocumentSummary.TemplateNote, summary.Conclusion, StringComparison.Ordinal);
    }
}
