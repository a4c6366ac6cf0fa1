using FiscalAudit.Core.Documents;

namespace FiscalAudit.Ingest.Pdf.Ocr;

/// <summary>
/// Where the pages read from scans lie on the PDF's pages, which the reviewer's viewer and the marked-up copy draw in each
/// page's own coordinates: a page shown on its side (/Rotate) or a sheet scanned on its side or upside down is read upright;
/// a sheet of two pages side by side is read as two pages, each a half of the upright sheet; a scan is read from the
/// (0, 0) of its image, while the page's crop box may start elsewhere. Each PDF page is kept with the clockwise turn from
/// it to the upright sheet, the upright sheet's size and its crop box's lower left corner, and each page read with the
/// PDF page it lies on and its left edge on the upright sheet; the document's places go back onto the PDF's pages.
/// </summary>
public sealed class PagePlacements
{
    private readonly Dictionary<int, (int Degrees, double Width, double Height)> turns = new();
    private readonly Dictionary<int, (double X, double Y)> origins = new();
    private readonly Dictionary<int, (int Page, double Left)> halves = new();

    /// <summary>How many pages the PDF has, when pages read are not the PDF's pages one for one.</summary>
    public int? PageCount { get; set; }

    /// <summary>Page <paramref name="number"/> was read turned clockwise by <paramref name="degrees"/> (0, 90, 180 or 270; 0 adds nothing), <paramref name="width"/> × <paramref name="height"/> points upright.</summary>
    public void Add(int number, int degrees, double width, double height)
    {
        if (((degrees % 360) + 360) % 360 is var turn and (90 or 180 or 270)) turns[number] = (turn, width, height);
    }

    /// <summary>The crop box of page <paramref name="number"/> starts at (<paramref name="x"/>, <paramref name="y"/>) (nothing added for (0, 0)).</summary>
    public void AddOrigin(int number, double x, double y)
    {
        if (x != 0 || y != 0) origins[number] = (x, y);
    }

    /// <summary>The page read as <paramref name="read"/> is the part of PDF page <paramref name="page"/>'s upright sheet from <paramref name="left"/> points on.</summary>
    public void AddRead(int read, int page, double left)
    {
        if (read != page || left != 0) halves[read] = (page, left);
    }

    /// <summary><paramref name="document"/> with its places on the PDF's pages.</summary>
    public SourceDocument Back(SourceDocument document)
    {
        if (turns.Count == 0 && origins.Count == 0 && halves.Count == 0) return document;
        var back = new SourceDocument(document.File, document.Format, document.Blocks.Select(Back).ToList(), document.Lines.Select(l => l with { Location = Back(l.Location) }).ToList(), PageCount ?? document.PageCount)
        {
            RecognisedPages = document.RecognisedPages,
            OmittedLines = document.OmittedLines,
            RunningLines = document.RunningLines.Select(l => l with { Location = Back(l.Location) }).ToList(),
        };
        back.Notes.AddRange(document.Notes.Select(n => n with { Location = Back(n.Location) }));
        return back;
    }

    /// <summary>The PDF page the page read as <paramref name="read"/> lies on.</summary>
    public int Page(int read) => halves.TryGetValue(read, out var half) ? half.Page : read;

    /// <summary>The box <paramref name="box"/> of the upright page <paramref name="number"/> on the original page.</summary>
    public BoundingBox Back(int number, BoundingBox box)
    {
        if (turns.TryGetValue(number, out var turn))
        {
            var (x0, y0) = Back(turn, box.Left, box.Bottom);
            var (x1, y1) = Back(turn, box.Right, box.Top);
            box = new BoundingBox(Math.Min(x0, x1), Math.Min(y0, y1), Math.Max(x0, x1), Math.Max(y0, y1));
        }
        return origins.TryGetValue(number, out var origin) ? new BoundingBox(box.Left + origin.X, box.Bottom + origin.Y, box.Right + origin.X, box.Top + origin.Y) : box;
    }

    /// <summary>The PDF page and the box on it of the box <paramref name="box"/> of the page read as <paramref name="read"/>.</summary>
    public (int Page, BoundingBox Box) Place(int read, BoundingBox box)
    {
        if (!halves.TryGetValue(read, out var half)) return (read, Back(read, box));
        return (half.Page, Back(half.Page, new BoundingBox(box.Left + half.Left, box.Bottom, box.Right + half.Left, box.Top)));
    }

    /// <summary>The point (<paramref name="x"/>, <paramref name="y"/>) of the upright page (origin bottom left) on the original page.</summary>
    private static (double X, double Y) Back((int Degrees, double Width, double Height) turn, double x, double y) => turn.Degrees switch
    {
        90 => (turn.Height - y, x),
        180 => (turn.Width - x, turn.Height - y),
        _ => (y, turn.Width - x),
    };

    private SourceLocation Back(SourceLocation location) => location switch
    {
        { Page: int page, Box: { } box } => Place(page, box) is var (at, placed) ? location with { Page = at, Box = placed } : location,
        { Page: int page } => location with { Page = Page(page) },
        _ => location,
    };

    private Block Back(Block block) => block switch
    {
        HeadingBlock heading => heading with { Location = Back(heading.Location) },
        ParagraphBlock paragraph => paragraph with
        {
            Pieces = paragraph.Pieces.Select(p => p with
            {
                Location = Back(p.Location),
                Geometry = p.Geometry is not null && p.Location.Page is int page ? new PlacedGeometry(p.Geometry, this, page) : p.Geometry,
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

    /// <summary>The characters of a line of a page read, placed on the PDF page.</summary>
    private sealed class PlacedGeometry(ILineGeometry read, PagePlacements placements, int page) : ILineGeometry
    {
        public BoundingBox? BoxOf(int start, int end) => read.BoxOf(start, end) is { } box ? placements.Place(page, box).Box : null;
    }
}
