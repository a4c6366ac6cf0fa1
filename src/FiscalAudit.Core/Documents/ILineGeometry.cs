namespace FiscalAudit.Core.Documents;

/// <summary>
/// Where the characters of one printed line sit on its page (PDF input): lets a paragraph give the box
/// of a sentence or of one printed value instead of the box of the whole line.
/// </summary>
public interface ILineGeometry
{
    /// <summary>The box of characters [<paramref name="start"/>, <paramref name="end"/>) of the line's text, clamped to the line.</summary>
    BoundingBox BoxOf(int start, int end);
}
