using System.Text;
using System.Xml.Linq;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace FiscalAudit.Tests.Ofd;

/// <summary>
/// A PDF written as OFD, as a converter would: its letters (PdfPig: text, baseline origin, font size) as TextObjects and the
/// paths it draws (stroked and filled, clipped as the PDF reader clips them) as PathObjects, in millimetres with y downward.
/// </summary>
internal static class PdfAsOfd
{
    private const double MillimetresPerPoint = 25.4 / 72;

    public static byte[] Write(byte[] pdf, OfdWriting writing)
    {
        var options = new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, ClipPaths = true };
        using var document = PdfDocument.Open(pdf, options);
        return TestOfd.Write(document.GetPages().Select(p => Page(p, writing)).ToList());
    }

    private static OfdTestPage Page(Page page, OfdWriting writing)
    {
        var letters = page.Letters.Where(l => l.TextOrientation == TextOrientation.Horizontal).ToList();
        var top = letters.Count == 0 ? double.NaN : letters.Max(l => Math.Round(l.StartBaseLine.Y, 1));
        var inTemplate = (Letter l) => writing.HeaderTemplate && Math.Round(l.StartBaseLine.Y, 1) == top;
        var text = (IEnumerable<Letter> chosen) => Runs(chosen.ToList()).SelectMany(r => TextObjects(r, page.Height, writing)).ToList();
        var objects = text(letters.Where(l => !inTemplate(l)));
        objects.AddRange(page.Paths.Where(p => !p.IsClipping && (p.IsStroked || p.IsFilled)).Select(p => PathObject(p, page.Height)).OfType<XElement>());
        return new OfdTestPage(page.Width * MillimetresPerPoint, page.Height * MillimetresPerPoint, objects, writing.HeaderTemplate ? text(letters.Where(inTemplate)) : null);
    }

    /// <summary>Letters in the order printed, cut where the baseline, size or font changes or the text goes back.</summary>
    private static List<List<Letter>> Runs(List<Letter> letters)
    {
        var runs = new List<List<Letter>>();
        foreach (var letter in letters)
        {
            var last = runs.Count > 0 ? runs[^1][^1] : null;
            if (last is null || Math.Abs(last.StartBaseLine.Y - letter.StartBaseLine.Y) > 0.01 || last.PointSize != letter.PointSize
                || last.FontName != letter.FontName || letter.StartBaseLine.X <= last.StartBaseLine.X) runs.Add([letter]);
            else runs[^1].Add(letter);
        }
        return runs;
    }

    private static IEnumerable<XElement> TextObjects(List<Letter> run, double pageHeight, OfdWriting writing) =>
        Ofd.TextObjects.Write(run.Select(l => (l.Value, l.StartBaseLine.X * MillimetresPerPoint)).ToList(), (pageHeight - run[0].StartBaseLine.Y) * MillimetresPerPoint, run[0].PointSize * MillimetresPerPoint, writing);

    private static XElement? PathObject(PdfPath path, double pageHeight)
    {
        var data = new StringBuilder();
        foreach (var subpath in path)
        {
            PdfPoint? current = null;
            // A piece that does not start where the last one ended starts a new subpath there.
            void From(PdfPoint start)
            {
                if (current != start) data.Append("M ").Append(Point(start, pageHeight)).Append(' ');
            }
            foreach (var command in subpath.Commands)
            {
                switch (command)
                {
                    case PdfSubpath.Move move:
                        data.Append("M ").Append(Point(move.Location, pageHeight)).Append(' ');
                        current = move.Location;
                        break;
                    case PdfSubpath.Line line:
                        From(line.From);
                        data.Append("L ").Append(Point(line.To, pageHeight)).Append(' ');
                        current = line.To;
                        break;
                    case PdfSubpath.QuadraticBezierCurve curve:
                        From(curve.StartPoint);
                        data.Append("Q ").Append(Point(curve.ControlPoint, pageHeight)).Append(' ').Append(Point(curve.EndPoint, pageHeight)).Append(' ');
                        current = curve.EndPoint;
                        break;
                    case PdfSubpath.CubicBezierCurve curve:
                        From(curve.StartPoint);
                        data.Append("B ").Append(Point(curve.FirstControlPoint, pageHeight)).Append(' ')
                            .Append(Point(curve.SecondControlPoint, pageHeight)).Append(' ').Append(Point(curve.EndPoint, pageHeight)).Append(' ');
                        current = curve.EndPoint;
                        break;
                    case PdfSubpath.Close:
                        data.Append("C ");
                        break;
                }
            }
        }
        if (data.Length == 0) return null;
        return new XElement(TestOfd.Ns + "PathObject", new XAttribute("ID", "p"), new XAttribute("Boundary", TestOfd.Box(0, 0, 2000, 2000)), new XAttribute("LineWidth", "0.25"),
            new XAttribute("Stroke", path.IsStroked ? "true" : "false"), new XAttribute("Fill", path.IsFilled ? "true" : "false"),
            new XElement(TestOfd.Ns + "AbbreviatedData", data.ToString().TrimEnd()));
    }

    private static string Point(PdfPoint point, double pageHeight) => TestOfd.Box(point.X * MillimetresPerPoint, (pageHeight - point.Y) * MillimetresPerPoint);
}
