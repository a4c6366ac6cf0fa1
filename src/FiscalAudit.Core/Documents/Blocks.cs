namespace FiscalAudit.Core.Documents;

/// <summary>One unit of a document in reading order.</summary>
public abstract record Block(SourceLocation Location);

/// <summary>A heading (Markdown "#", a bold title line, a Word heading style). Level 1 is the top.</summary>
public sealed record HeadingBlock(string Text, int Level, SourceLocation Location) : Block(Location);

/// <summary>
/// A paragraph: text re-joined across wrapped lines (and pages). <see cref="Pieces"/> maps character
/// offsets of <see cref="Text"/> back to the line each piece came from and, for PDF, to the characters' boxes.
/// </summary>
public sealed record ParagraphBlock(string Text, IReadOnlyList<TextPiece> Pieces, SourceLocation Location) : Block(Location)
{
    public static ParagraphBlock FromLine(string text, SourceLocation location) =>
        new(text, new[] { new TextPiece(0, location) }, location);

    /// <summary>The paragraph of the <paramref name="count"/> pieces from piece <paramref name="first"/> on (their text and places).</summary>
    public ParagraphBlock Slice(int first, int count)
    {
        var start = Pieces[first].Offset;
        var end = first + count < Pieces.Count ? Pieces[first + count].Offset : Text.Length;
        var pieces = Pieces.Skip(first).Take(count).Select(p => p with { Offset = p.Offset - start }).ToList();
        return new ParagraphBlock(Text[start..end].TrimEnd(), pieces, count == 1 ? pieces[0].Location : pieces[0].Location.Through(pieces[^1].Location));
    }

    /// <summary>True when the characters [<paramref name="start"/>, <paramref name="end"/>) are the whole of one piece (one printed line).</summary>
    public bool IsWholePiece(int start, int end)
    {
        for (var i = 0; i < Pieces.Count; i++)
        {
            if (Pieces[i].Offset != start) continue;
            var pieceEnd = i + 1 < Pieces.Count ? Pieces[i + 1].Offset : Text.Length;
            return pieceEnd >= end && string.IsNullOrWhiteSpace(Text[end..pieceEnd]);
        }
        return false;
    }

    /// <summary>The location of the character at <paramref name="offset"/>.</summary>
    public SourceLocation LocationAt(int offset)
    {
        var found = Pieces[0].Location;
        foreach (var piece in Pieces)
        {
            if (piece.Offset > offset) break;
            found = piece.Location;
        }
        return found;
    }

    /// <summary>The location of characters [<paramref name="start"/>, <paramref name="end"/>): see <see cref="LocationOf(int, int, int)"/>.</summary>
    public SourceLocation LocationOf(int start, int end) => LocationOf(start, end, start);

    /// <summary>
    /// The location of the character at <paramref name="anchor"/> (its page and line, as <see cref="LocationAt"/>)
    /// boxed around the characters [<paramref name="start"/>, <paramref name="end"/>) printed on that page: the
    /// union of the part on each line. Without character geometry (text, Word) it is <see cref="LocationAt"/>.
    /// </summary>
    public SourceLocation LocationOf(int start, int end, int anchor)
    {
        var at = LocationAt(anchor);
        BoundingBox? box = null;
        for (var i = 0; i < Pieces.Count; i++)
        {
            var piece = Pieces[i];
            var pieceEnd = i + 1 < Pieces.Count ? Pieces[i + 1].Offset : Text.Length;
            if (piece.Geometry is null || piece.Location.Page != at.Page || pieceEnd <= start || piece.Offset >= end) continue;
            if (piece.Geometry.BoxOf(Math.Max(start, piece.Offset) - piece.Offset, Math.Min(end, pieceEnd) - piece.Offset) is { } part)
                box = box?.Union(part) ?? part;
        }
        return box is null ? at : at with { Box = box };
    }
}

/// <summary>
/// Text of a paragraph starting at <see cref="Offset"/> came from <see cref="Location"/>; <see cref="Geometry"/>,
/// when known, places each of its characters (character 0 is the piece's first character).
/// </summary>
public sealed record TextPiece(int Offset, SourceLocation Location, ILineGeometry? Geometry = null);

/// <summary>
/// A picture a converter cut out of the page (“![](images/x.jpg)”): nothing to read, but a table's caption right over it
/// and no table under it means the table was printed as a picture.
/// </summary>
public sealed record PictureBlock(SourceLocation Location) : Block(Location);

/// <summary>A table as a grid of rows of cells; merged cells carry spans.</summary>
public sealed record TableBlock(IReadOnlyList<SourceRow> Rows, SourceLocation Location) : Block(Location)
{
    /// <summary>
    /// True when the columns were told from where the words stand (a borderless PDF table), not from rulings or the file's
    /// structure: a blank cell may be a word placed one column off, so a reader should not take a cell's column as proof of its level.
    /// </summary>
    public bool ColumnsInferred { get; init; }

    public int ColumnCount => Rows.Count == 0 ? 0 : Rows.Max(r => r.Cells.Count == 0 ? 0 : r.Cells.Max(c => c.Column + c.ColumnSpan));
}

public sealed record SourceRow(IReadOnlyList<SourceCell> Cells, SourceLocation Location)
{
    /// <summary>The cell whose grid position covers <paramref name="column"/>, if any.</summary>
    public SourceCell? At(int column) =>
        Cells.FirstOrDefault(c => c.Column <= column && column < c.Column + c.ColumnSpan);
}

/// <summary>
/// One cell. <see cref="Column"/> is its 0-based grid column; <see cref="ColumnSpan"/>/<see cref="RowSpan"/>
/// describe merges. <see cref="StoredValue"/> is the raw stored value where the format has one (xlsx).
/// </summary>
public sealed record SourceCell(
    string Text,
    int Column,
    SourceLocation Location,
    int ColumnSpan = 1,
    int RowSpan = 1,
    string? StoredValue = null);
