using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Findings;
using FiscalAudit.Reports.Pdf;
using FiscalAudit.Tests.Pdf;
using FiscalAudit.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace FiscalAudit.Tests.Reports;

/// <summary>
/// The annotated copy, read back with PdfPig: one highlight per finding on its box with the rule and message as
/// the note, lighter highlights on related places, the printed values inside the highlights, the input untouched.
/// </summary>
public class PdfAnnotatorTests
{
    [SharedTheory]
    [InlineData(AuditedPdfs.Published)]
    [InlineData(AuditedPdfs.Planted)]
    public void Every_finding_is_highlighted_on_its_box_with_its_note(string name)
    {
        var findings = AuditedPdfs.Audit(name).Findings;
        var (original, copy) = Annotated(name, findings);
        Assert.Equal(File.ReadAllBytes(Repo.Corpus(name)), original);
        using var pdf = PdfDocument.Open(copy);
        var annotations = Annotations(pdf);
        foreach (var f in findings)
        {
            var (page, main) = Assert.Single(annotations, a => a.Annotation.Name == f.Id);
            Assert.Equal(AnnotationType.Highlight, main.Type);
            Assert.Equal(f.Location.Page, page);
            Assert.StartsWith($"规则 {f.RuleId} {f.Severity.ToChinese()}：{f.Message}", main.Content, StringComparison.Ordinal);
            Assert.Contains(f.Id, main.Content, StringComparison.Ordinal);
            Assert.True(PrintedText.Contains(main.Rectangle, Rectangle(f.Location.Source!.Box!.Value), 0), $"{f.RuleId}: {main.Rectangle} does not cover the finding's box");
            AssertSeverityColour(f.Severity, Colour(main));
            var related = annotations.Where(a => a.Annotation.Name?.StartsWith(f.Id + "-", StringComparison.Ordinal) == true).ToList();
            Assert.All(related, r => Assert.StartsWith($"关联位置，问题见第{page}页：规则 {f.RuleId}", r.Annotation.Content, StringComparison.Ordinal));
            foreach (var place in f.RelatedLocations)
            {
                var box = Rectangle(place.Source!.Box!.Value);
                var shown = related.Any(r => r.Page == place.Page && PrintedText.Contains(r.Annotation.Rectangle, box, 0))
                    || place.Page == page && PrintedText.Contains(main.Rectangle, box, 0.01);
                Assert.True(shown, $"{f.RuleId}: related {place.Describe()} is not highlighted");
            }
        }
    }

    [SharedTheory]
    [InlineData(AuditedPdfs.Published)]
    [InlineData(AuditedPdfs.Planted)]
    public void The_printed_values_a_finding_quotes_are_inside_its_highlights(string name)
    {
        var findings = AuditedPdfs.Audit(name).Findings;
        using var pdf = PdfDocument.Open(Annotated(name, findings).Copy);
        var annotations = Annotations(pdf);
        var checkedValues = 0;
        foreach (var f in findings)
        {
            var own = annotations.Where(a => a.Annotation.Name == f.Id || a.Annotation.Name?.StartsWith(f.Id + "-", StringComparison.Ordinal) == true).ToList();
            foreach (var page in own.Select(a => a.Page).Distinct())
            {
                var printed = new PrintedText(pdf.GetPage(page));
                var rectangles = own.Where(a => a.Page == page).Select(a => a.Annotation.Rectangle).ToList();
                foreach (var value in PrintedText.QuotedNumbers(f.Message))
                {
                    var printings = printed.Find(value);
                    if (printings.Count == 0) continue;
                    Assert.True(printings.Any(p => rectangles.Any(r => PrintedText.Contains(r, p))), $"{f.RuleId} “{value}” on page {page} is outside its highlights: {f.Message}");
                    checkedValues++;
                }
            }
            var main = own.Single(a => a.Annotation.Name == f.Id);
            if (PrintedText.Printed(f.Actual) is string actual && new PrintedText(pdf.GetPage(main.Page)).Find(actual) is { Count: > 0 } found)
            {
                Assert.True(found.Any(p => PrintedText.Contains(main.Annotation.Rectangle, p)), $"{f.RuleId}: the printed “{actual}” is outside the highlight: {f.Message}");
                checkedValues++;
            }
        }
        Assert.True(checkedValues >= findings.Count, $"only {checkedValues} printed values checked for {findings.Count} findings");
    }

    [Fact]
    public void A_finding_without_a_box_becomes_a_comment_and_a_related_place_a_lighter_highlight()
    {
        var original = MinimalPdf.WithText("Total 12.50");
        var before = original.ToArray();
        var findings = new[]
        {
            new Finding("FA1001", Severity.Warning, "合计 12.50 ≠ 12.40", FindingLocation.At(new SourceLocation("a.pdf", 1, 1, Box: new BoundingBox(20, 95, 110, 115))),
                Related: new[] { FindingLocation.At(new SourceLocation("a.pdf", 1, 2, Box: new BoundingBox(20, 40, 60, 55))) }) { Id = "0123456789ab" },
            new Finding("FA0002", Severity.Info, "第1页是扫描件", FindingLocation.At(new SourceLocation("a.pdf"))) { Id = "ba9876543210" },
        };
        using var output = new MemoryStream();
        PdfAnnotator.Annotate(original, findings, output);
        Assert.Equal(before, original);

        using var pdf = PdfDocument.Open(output.ToArray());
        var annotations = pdf.GetPage(1).GetAnnotations().ToList();
        var main = annotations.Single(a => a.Name == "0123456789ab");
        Assert.Equal(AnnotationType.Highlight, main.Type);
        Assert.Equal("规则 FA1001 警告：合计 12.50 ≠ 12.40（编号 0123456789ab）", main.Content);
        Assert.True(PrintedText.Contains(main.Rectangle, new PdfRectangle(20, 95, 110, 115), 0));
        var quad = Assert.Single(main.QuadPoints);
        Assert.Equal((main.Rectangle.Left, main.Rectangle.Top), (quad.Points[0].X, quad.Points[0].Y));
        var related = annotations.Single(a => a.Name == "0123456789ab-1");
        Assert.Equal(AnnotationType.Highlight, related.Type);
        Assert.StartsWith("关联位置，问题见第1页：规则 FA1001 警告", related.Content, StringComparison.Ordinal);
        var (mainColour, relatedColour) = (Colour(main), Colour(related));
        Assert.True(relatedColour.Zip(mainColour).All(c => c.First >= c.Second) && relatedColour.Sum() > mainColour.Sum(), "a related place is lighter");
        var comment = annotations.Single(a => a.Name == "ba9876543210");
        Assert.Equal(AnnotationType.Text, comment.Type);
        Assert.Equal("规则 FA0002 提示：第1页是扫描件（编号 ba9876543210）", comment.Content);
        Assert.Equal("a.审核标注.pdf", PdfAnnotator.CopyName("/data/a.pdf"));
    }

    /// <summary>The original bytes as they are after annotating, and the annotated copy.</summary>
    private static (byte[] Original, byte[] Copy) Annotated(string name, IReadOnlyList<Finding> findings)
    {
        var original = File.ReadAllBytes(Repo.Corpus(name));
        using var output = new MemoryStream();
        PdfAnnotator.Annotate(original, findings, output);
        return (original, output.ToArray());
    }

    private static List<(int Page, Annotation Annotation)> Annotations(PdfDocument pdf) =>
        pdf.GetPages().SelectMany(p => p.GetAnnotations().Select(a => (p.Number, a))).ToList();

    private static double[] Colour(Annotation a)
    {
        Assert.True(a.AnnotationDictionary.TryGet(NameToken.C, out ArrayToken colour));
        return colour.Data.OfType<NumericToken>().Select(n => n.Double).ToArray();
    }

    private static void AssertSeverityColour(Severity severity, double[] rgb)
    {
        var (r, g, b) = (rgb[0], rgb[1], rgb[2]);
        var ok = severity switch
        {
            Severity.Error => r > 0.9 && g < 0.4 && b < 0.4,
            Severity.Warning => r > 0.9 && g is > 0.4 and < 0.8 && b < 0.3,
            _ => b > 0.9 && r < 0.5,
        };
        Assert.True(ok, $"{severity}: colour {string.Join(",", rgb)}");
    }

    private static PdfRectangle Rectangle(BoundingBox b) => new(b.Left, b.Bottom, b.Right, b.Top);
}
