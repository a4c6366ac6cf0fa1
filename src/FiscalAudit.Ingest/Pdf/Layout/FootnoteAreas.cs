using System.Text.Json;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;

namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>
/// The footnotes (脚注) at a page's foot, as Word, WPS and LibreOffice print them: under a short separator rule, lines opening with the
/// note's mark (“1”, “①”, “*”, “注”) and the lines right under them. They are no part of the running text — a Word file read directly
/// gives none of them — and among the page's lines they would end the paragraph that runs on to the next page, or, in a document whose
/// body is set smaller than the notes, stand as a heading. They are taken out of the page's lines and kept as the page's notes
/// (<see cref="PageLayout.Footnotes"/>). Numbers in footnote-areas.json (explained there).
/// </summary>
public static class FootnoteAreas
{
    private sealed record Data(double SeparatorShare, double Reach, double LineGap, double Footer, int MaxLines, string Marks);

    private static readonly Data Settings = EmbeddedJson.Load<Data>(typeof(FootnoteAreas).Assembly, "footnote-areas.json", new(JsonSerializerDefaults.Web));

    private static readonly Regex Mark = new(Settings.Marks, RegexOptions.CultureInvariant);

    /// <summary>The page's <paramref name="lines"/> (top to bottom) apart into the running text and the footnotes under a separator among <paramref name="rulings"/>.</summary>
    public static (IReadOnlyList<PdfLine> Text, IReadOnlyList<PdfLine> Notes) Split(IReadOnlyList<PdfLine> lines, IReadOnlyList<Ruling> rulings, double pageWidth, double pageHeight)
    {
        foreach (var separator in rulings.Where(r => IsSeparator(r, rulings, pageWidth)).OrderByDescending(r => r.Position))
        {
            var first = FirstUnder(lines, separator);
            if (first < 0) continue;
            var last = first;
            while (last + 1 < lines.Count && lines[last].Baseline - lines[last + 1].Baseline <= Settings.LineGap * lines[last + 1].FontSize) last++;
            // The notes end the page's text: only its footer (a page number) stands under them.
            if (last - first >= Settings.MaxLines || lines.Skip(last + 1).Any(l => l.Box.Top > Settings.Footer * pageHeight)) continue;
            return (lines.Take(first).Concat(lines.Skip(last + 1)).ToList(), lines.Skip(first).Take(last - first + 1).ToList());
        }
        return (lines, []);
    }

    /// <summary>A short horizontal rule no vertical rule meets (no table's border).</summary>
    private static bool IsSeparator(Ruling ruling, IReadOnlyList<Ruling> rulings, double pageWidth) =>
        ruling.Horizontal && ruling.Length <= Settings.SeparatorShare * pageWidth
        && !rulings.Any(v => !v.Horizontal && v.Covers(ruling.Position, 2) && ruling.Covers(v.Position, 2));

    /// <summary>The index of the line right under <paramref name="separator"/>, starting at its left end with a note's mark; −1 without one.</summary>
    private static int FirstUnder(IReadOnlyList<PdfLine> lines, Ruling separator)
    {
        var i = 0;
        while (i < lines.Count && lines[i].Box.Top > separator.Position) i++;
        return i < lines.Count && separator.Position - lines[i].Box.Top <= Settings.Reach * lines[i].FontSize
            && separator.Covers(lines[i].Box.Left, lines[i].FontSize) && Mark.IsMatch(lines[i].Text) ? i : -1;
    }
}
