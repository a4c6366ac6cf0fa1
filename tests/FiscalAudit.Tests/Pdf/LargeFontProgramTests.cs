using System.Text;
using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest;
using FiscalAudit.Ingest.Pdf;
using FiscalAudit.Tests.Support;
using UglyToad.PdfPig;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// The 2024 普陀区财政局 决算 embeds one 4.4 MB font program (a CFF “Noto Sans KR” subset behind a ToUnicode map, used
/// for “、”): it is hidden from the reader — one byte of its descriptor's key changed, nothing else — and the file
/// reads as before: the letters of that font get a box within their advance (not the font's 47×34 pt bounding box),
/// so no line becomes a heading and no paragraphs run together because of them. Files without a large program are
/// given back as they are, and so is anything that is not a readable PDF.
/// </summary>
public sealed class LargeFontProgramTests
{
    private static readonly ParsingOptions Options = new() { UseLenientParsing = true, SkipMissingFonts = true };

    [SharedFact]
    public void The_large_program_alone_is_hidden()
    {
        var content = File.ReadAllBytes(Repo.Corpus("上海市普陀区财政局2024年度部门决算.pdf"));
        var hidden = LargeFontPrograms.Hide(content, Options);
        var changed = Enumerable.Range(0, content.Length).Where(i => content[i] != hidden[i]).ToList();
        var at = Assert.Single(changed);
        Assert.Equal("/FontFileX 34 0 R", Encoding.Latin1.GetString(hidden, at - "/FontFile".Length, "/FontFileX 34 0 R".Length));
        Assert.Equal((byte)'2', content[at]);

        foreach (var small in new[] { "24年普陀区财政局（测试问题版本）.pdf", "附件2：部门决算模板.pdf" })
        {
            var bytes = File.ReadAllBytes(Repo.Corpus(small));
            Assert.Same(bytes, LargeFontPrograms.Hide(bytes, Options));
        }
    }

    [SharedFact]
    public void The_file_reads_as_with_its_font_program()
    {
        var blocks = PdfDocuments.Clean.Blocks;
        Assert.DoesNotContain(blocks.OfType<HeadingBlock>(), h => h.Text.StartsWith("在职人员基本医疗保险费", StringComparison.Ordinal));
        var purchase = Assert.Single(blocks.OfType<ParagraphBlock>(), p => p.Text.StartsWith("上海市普陀区财政局2024年度政府采购金额", StringComparison.Ordinal));
        Assert.EndsWith("服务采购金额246.47万元。", purchase.Text);
        Assert.Single(blocks.OfType<ParagraphBlock>(), p => p.Text.StartsWith("2024年度本部门面向中小企业预留政府采购项目预算金额246.47万元", StringComparison.Ordinal));
    }

    /// <summary>
    /// The same file with its objects packed into object streams (as many producers write PDF 1.5+): the large program's
    /// descriptor is compressed, so it is copied, renamed, into an update appended after the file's bytes, which stay as
    /// they were; the reader takes the copy and the file reads exactly as the original does.
    /// </summary>
    [QpdfSharedFact]
    public void A_descriptor_inside_an_object_stream_is_copied_renamed_into_an_appended_update()
    {
        var original = Repo.Corpus("上海市普陀区财政局2024年度部门决算.pdf");
        var packed = Qpdf.Rewrite(original, "--object-streams=generate");
        var hidden = LargeFontPrograms.Hide(packed, Options);

        Assert.True(hidden.Length > packed.Length);
        Assert.True(hidden.AsSpan(0, packed.Length).SequenceEqual(packed));
        using (var before = PdfDocument.Open(packed, Options))
        using (var after = PdfDocument.Open(hidden, Options))
        {
            var renamed = Assert.Single(Descriptors(after), d => d.Value.Data.ContainsKey("FontFileX"));
            Assert.False(renamed.Value.Data.ContainsKey("FontFile2") || renamed.Value.Data.ContainsKey("FontFile3"));
            Assert.Equal(UglyToad.PdfPig.Core.XrefEntryType.ObjectStream, before.Structure.CrossReferenceTable.ObjectOffsets[renamed.Key].Type);
            Assert.Equal(Descriptors(before).Count, Descriptors(after).Count);
        }
        var read = DocumentReaders.Default.Read("packed.pdf", packed);
        Assert.Equal(PdfDocuments.Clean.Blocks.Select(Text), read.Blocks.Select(Text));
    }

    private static Dictionary<UglyToad.PdfPig.Core.IndirectReference, UglyToad.PdfPig.Tokens.DictionaryToken> Descriptors(PdfDocument pdf) =>
        pdf.Structure.CrossReferenceTable.ObjectOffsets.Keys
            .Select(r => (Reference: r, Token: pdf.Structure.GetObject(r)?.Data as UglyToad.PdfPig.Tokens.DictionaryToken))
            .Where(o => o.Token is { } d && d.Data.TryGetValue("Type", out var type) && type is UglyToad.PdfPig.Tokens.NameToken { Data: "FontDescriptor" })
            .ToDictionary(o => o.Reference, o => o.Token!);

    /// <summary>What a block reads as, and where: its text (a table's cells row by row), page and lines.</summary>
    private static string Text(Block block) => block switch
    {
        HeadingBlock h => $"标题 {h.Text}",
        ParagraphBlock p => $"段落 {p.Text}",
        TableBlock t => "表格 " + string.Join(" / ", t.Rows.Select(r => string.Join("|", r.Cells.Select(c => c.Text)))),
        _ => block.GetType().Name,
    } + $" @{block.Location.Page}:{block.Location.Line}-{block.Location.EndLine}";

    [Theory]
    [InlineData("")]
    [InlineData("%PDF-1.7\n1 0 obj << /Type /Font /Subtype /Type0 /ToUnicode 2 0 R /DescendantFonts [3 0 R] >> endobj\n%%EOF")]
    [InlineData("not a pdf at all")]
    public void Anything_else_is_given_back_unchanged(string text)
    {
        var bytes = Encoding.Latin1.GetBytes(text);
        Assert.Same(bytes, LargeFontPrograms.Hide(bytes, Options));
    }
}
