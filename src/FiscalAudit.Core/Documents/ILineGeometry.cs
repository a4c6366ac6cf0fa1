namespace FiscalAudit.Core.Documents;

/// <summary>
/// Where the characters of one printed line sit on its page (PDF input): lets a paragraph give the box
/// of a sentence or of one printed value instead of the box of the whole line.
/// </summary>
public interface ILineGeometry
{
    /// <summary>
    /// The box of the printed characters among [<paramref name="start"/>, <paramref name="end"/>) of the line's text;
    /// null when the range holds none (it lies outside the line or covers only a space the text joined in).
    /// </summary>
    BoundingBox? BoxOf(int start, int end);
}
