using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest;

namespace FiscalAudit.Tests.Ofd;

/// <summary>
/// A composed OFD page (<see cref="ComposedOfd"/>) read in each way its text may be written: the title, the sentence and the
/// ruled table come back whole, on page 1 at their places; an OFD is told by its content, whatever its name.
/// </summary>
public class OfdReaderTests
{
    [Theory]
    [InlineData("one TextObject per character")]
    [InlineData("runs with DeltaX")]
    [InlineData("runs with DeltaX in the g form")]
    [InlineData("runs scaled by a CTM")]
    [InlineData("Boundary offsets")]
    public void A_page_gives_its_title_sentence_and_ruled_table(string writing)
    {
        var document = DocumentReaders.Default.Read("决算.ofd", ComposedOfd.Write(OfdWriting.Named(writing)));

        Assert.Equal("ofd", document.Format);
        Assert.Equal(1, document.PageCount);
        var table = Assert.Single(document.Blocks.OfType<TableBlock>());
        Assert.Equal(ComposedOfd.Rows.Select(r => string.Join("|", r)), table.Rows.Select(r => string.Join("|", r.Cells.Select(c => c.Text))));
        var text = document.Blocks.Where(b => b is not TableBlock).Select(b => b switch { HeadingBlock h => h.Text, ParagraphBlock p => p.Text, _ => "" }).ToList();
        Assert.Equal([ComposedOfd.Title, ComposedOfd.Sentence], text);
        // The table's box in points: its top ruling lies 60 mm below the top of the A4 page (841.89 pt high).
        Assert.Equal(1, table.Location.Page);
        Assert.InRange(table.Location.Box!.Value.Top, 841.89 - 60 * 72 / 25.4 - 1, 841.89 - 60 * 72 / 25.4 + 1);
    }

    [Fact]
    public void An_OFD_under_another_name_is_read_by_its_content_and_noted()
    {
        Assert.Null(UnsupportedFormats.ReasonNotChecked("决算.ofd"));
        Assert.Contains(".ofd", DocumentReaders.Extensions);
        var document = DocumentReaders.Default.Read("决算.dat", ComposedOfd.Write(new OfdWriting()));

        Assert.Equal("ofd", document.Format);
        Assert.Equal("扩展名为 .dat，但内容是OFD 版式文件，已按OFD 版式文件读取。", document.Notes[0].Message);
        Assert.Contains(document.Blocks, b => b is TableBlock);
    }
}
