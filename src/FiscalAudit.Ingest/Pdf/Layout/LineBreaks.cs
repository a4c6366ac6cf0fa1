using System.Text.Json;
using FiscalAudit.Core.Data;

namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>
/// How CJK text breaks into lines (line-breaking.json): the leading text of a wrapped cell's next line that could not have ended
/// the line above — an opening mark goes down with the character after it, and closing marks go down with the character before.
/// </summary>
internal static class LineBreaks
{
    private sealed record Data(string Opening, string Closing);

    private static readonly Data Marks = EmbeddedJson.Load<Data>(typeof(LineBreaks).Assembly, "line-breaking.json", new(JsonSerializerDefaults.Web));

    /// <summary>
    /// The width of the text that starts the words of <paramref name="line"/> in <paramref name="cell"/> and had to move onto this line
    /// together: opening marks, one character, the closing marks after it (“（境）” of “（境）费用”); 0 for a cell without text.
    /// </summary>
    public static double LeadWidth(PdfLine line, (double Left, double Right) cell)
    {
        var word = line.Words.FirstOrDefault(w => w.CenterX >= cell.Left && w.CenterX <= cell.Right);
        if (word is null || word.Text.Length == 0) return 0;
        var text = word.Text;
        var end = 0;
        while (end < text.Length - 1 && Marks.Opening.Contains(text[end])) end++;
        end++;
        while (end < text.Length && Marks.Closing.Contains(text[end])) end++;
        var (left, right) = word.Extent(0, end);
        return right - left;
    }
}
