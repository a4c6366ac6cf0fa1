using System.Text;
using System.Xml.Linq;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace FiscalAudit.Tests.Ofd;

/// <summary>
/// How a PDF's text is written as OFD: each letter a TextObject of its own, or runs of letters (one baseline, size and font)
/// with DeltaX, optionally in the “g n d” repeat form; text scaled by a CTM (sizes and positions divided by it); each page's
/// top line on a template page of its own; TextCode positions relative to a Boundary set round each object rather than
/// from the page's corner.
/// </summary>
internal sealed record OfdWriting(bool PerCharacter = false, bool RepeatForm = false, double Scale = 1, bool HeaderTemplate = false, bool Offsets = false)
{
    public static OfdWriting Named(string name) => name switch
    {
        "one TextObject per character" => new(PerCharacter: true),
        "runs with DeltaX" => new(),
        "runs with DeltaX in the g form" => new(RepeatForm: true),
        "runs scaled by a CTM" => new(Scale: 2.5),
        "top line on a template page" => new(HeaderTemplate: true),
        "Boundary offsets" => new(Offsets: true, RepeatForm: true),
        _ => throw new ArgumentException(name),
    };
}

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
        var text = (IEnumerable<Letter> chosen) => Runs(chosen.ToList(), writing.PerCharacter).Select(r => TextObject(r, page.Height, writing)).ToList();
        var objects = text(letters.Where(l => !inTemplate(l)));
        objects.AddRange(page.Paths.Where(p => !p.IsClipping && (p.IsStroked || p.IsFilled)).Select(p => PathObject(p, page.Height)).OfType<XElement>());
        return new OfdTestPage(page.Width * MillimetresPerPoint, page.Height * MillimetresPerPoint, objects, writing.HeaderTemplate ? text(letters.Where(inTemplate)) : null);
    }

    /// <summary>Letters in the order printed, cut where the baseline, size or font changes or the text goes back.</summary>
    private static List<List<Letter>> Runs(List<Letter> letters, bool perCharacter)
    {
        var runs = new List<List<Letter>>();
        foreach (var letter in letters)
        {
            var last = runs.Count > 0 ? runs[^1][^1] : null;
            if (perCharacter || last is null || Math.Abs(last.StartBaseLine.Y - letter.StartBaseLine.Y) > 0.01 || last.PointSize != letter.PointSize
                || last.FontName != letter.FontName || letter.StartBaseLine.X <= last.StartBaseLine.X) runs.Add([letter]);
            else runs[^1].Add(letter);
        }
        return runs;
    }

    private static XElement TextObject(List<Letter> run, double pageHeight, OfdWriting writing)
    {
        var size = run[0].PointSize * MillimetresPerPoint;
        var xs = run.Select(l => Math.Round(l.StartBaseLine.X * MillimetresPerPoint, 3)).ToList();
        var y = (pageHeight - run[0].StartBaseLine.Y) * MillimetresPerPoint;
        // The Boundary: the page from its corner, or a box round the run whose corner the positions are taken from.
        var (left, upper) = writing.Offsets ? (xs[0] - 1.5, y - size - 1.25) : (0, 0);
        var width = writing.Offsets ? xs[^1] - xs[0] + size + 3 : 2000;
        var code = new XElement(TestOfd.Ns + "TextCode",
            new XAttribute("X", TestOfd.Number((xs[0] - left) / writing.Scale)), new XAttribute("Y", TestOfd.Number((y - upper) / writing.Scale)),
            string.Concat(run.Select(l => l.Value)));
        var deltas = xs.Zip(xs.Skip(1), (a, b) => (b - a) / writing.Scale).ToList();
        if (deltas.Count > 0) code.Add(new XAttribute("DeltaX", writing.RepeatForm ? Repeated(deltas) : string.Join(' ', deltas.Select(TestOfd.Number))));
        var text = new XElement(TestOfd.Ns + "TextObject", new XAttribute("ID", "t"), new XAttribute("Boundary", TestOfd.Box(left, upper, width, writing.Offsets ? size + 3 : 2000)),
            new XAttribute("Font", "1"), new XAttribute("Size", TestOfd.Number(size / writing.Scale)), code);
        if (writing.Scale != 1) text.Add(new XAttribute("CTM", TestOfd.Box(writing.Scale, 0, 0, writing.Scale, 0, 0)));
        return text;
    }

    /// <summary>DeltaX with runs of one value written “g n d”.</summary>
    private static string Repeated(List<double> deltas)
    {
        var parts = new List<string>();
        for (var i = 0; i < deltas.Count;)
        {
            var value = TestOfd.Number(deltas[i]);
            var n = 1;
            while (i + n < deltas.Count && TestOfd.Number(deltas[i + n]) == value) n++;
            parts.Add(n > 1 ? $"g {n} {value}" : value);
            i += n;
        }
        return string.Join(' ', parts);
    }

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
