using FiscalAudit.Core.Documents;

namespace FiscalAudit.Ingest.Pdf.Ocr;

/// <summary>
/// Recognised pages that were read turned: a page shown on its side (/Rotate) or a sheet scanned on its side or upside down
/// is read upright, so the boxes of its text are in the upright page's points; the reviewer's viewer and the marked-up copy
/// draw the original page, in its own (unturned) coordinates. Each page is kept with the clockwise turn from the original
/// page to the upright one and the upright page's size; the document's boxes on those pages are turned back.
/// </summary>
public sealed class TurnedPages
{
    private readonly Dictionary<int, (int Degrees, double Width, double Height)> turns = new();

    /// <summary>Page <paramref name="number"/> was read turned clockwise by <paramref name="degrees"/> (0, 90, 180 or 270; 0 adds nothing), <paramref name="width"/> × <paramref name="height"/> points upright.</summary>
    public void Add(int number, int degrees, double width, double height)
    {
        if (((degrees % 360) + 360) % 360 is var turn and (90 or 180 or 270)) turns[number] = (turn, width, height);
    }

    /// <summary><paramref name="document"/> with the boxes on turned pages in the original pages' coordinates.</summary>
    public SourceDocument Back(SourceDocument document)
    {
        if (turns.Count == 0) return document;
        var back = new SourceDocument(document.File, document.Format, document.Blocks.Select(Back).ToList(), document.Lines.Select(l => l with { Location = Back(l.Location) }).ToList(), document.PageCount)
        {
            RecognisedPages = document.RecognisedPages,
            OmittedLines = document.OmittedLines,
        };
        back.Notes.AddRange(document.Notes.Select(n => n with { Location = Back(n.Location) }));
        return back;
    }

    /// <summary>The box <paramref name="box"/> of the upright page <paramref name="number"/> on the original page.</summary>
    public BoundingBox Back(int number, BoundingBox box)
    {
        if (!turns.TryGetValue(number, out var turn)) return box;
        var (x0, y0) = Back(turn, box.Left, box.Bottom);
        var (x1, y1) = Back(turn, box.Right, box.Top);
        return new BoundingBox(Math.Min(x0, x1), Math.Min(y0, y1), Math.Max(x0, x1), Math.Max(y0, y1));
    }

    /// <summary>The point (<paramref name="x"/>, <paramref name="y"/>) of the upright page (origin bottom left) on the original page.</summary>
    private static (double X, double Y) Back((int Degrees, double Width, double Height) turn, double x, double y) => turn.Degrees switch
    {
        90 => (turn.Height - y, x),
        180 => (turn.Width - x, turn.Height - y),
        _ => (y, turn.Width - x),
    };

    private SourceLocation Back(SourceLocation location) =>
        location is { Page: int page, Box: { } box } ? location with { Box = Back(page, box) } : location;

    private Block Back(Block block) => block switch
    {
        HeadingBlock heading => heading with { Location = Back(heading.Location) },
        ParagraphBlock paragraph => paragraph with
        {
            Pieces = paragraph.Pieces.Select(p => p with
            {
                Location = Back(p.Location),
                Geometry = p.Geometry is not null && p.Location.Page is int page && turns.ContainsKey(page) ? new TurnedGeometry(p.Geometry, this, page) : p.Geometry,
            }).ToList(),
            Location = Back(paragraph.Location),
        },
        TableBlock table => table with
        {
            Rows = table.Rows.Select(r => r with { Cells = r.Cells.Select(c => c with { Location = Back(c.Location) }).ToList(), Location = Back(r.Location) }).ToList(),
            Location = Back(table.Location),
        },
        _ => block,
    };

    /// <summary>The characters of a line on a turned page, placed on the original page.</summary>
    private sealed class TurnedGeometry(ILineGeometry upright, TurnedPages turns, int page) : ILineGeometry
    {
        public BoundingBox? BoxOf(int start, int end) => upright.BoxOf(start, end) is { } box ? turns.Back(page, box) : null;
    }
}
