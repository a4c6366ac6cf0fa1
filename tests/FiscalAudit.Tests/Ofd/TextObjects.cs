using System.Xml.Linq;

namespace FiscalAudit.Tests.Ofd;

/// <summary>
/// How text is written as OFD: each character a TextObject of its own, or a run (one baseline, size and font) in one
/// TextObject with DeltaX, optionally in the “g n d” repeat form; text scaled by a CTM (sizes and positions divided by it);
/// each page's top line on a template page of its own; TextCode positions relative to a Boundary set round each object
/// rather than from the page's corner.
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

/// <summary>A run of text → TextObjects as <see cref="OfdWriting"/> says; positions and sizes in millimetres, y downward.</summary>
internal static class TextObjects
{
    /// <summary>The characters of a run by the x of their origins, on <paramref name="baseline"/>, at font size <paramref name="size"/>.</summary>
    public static IEnumerable<XElement> Write(IReadOnlyList<(string Value, double X)> run, double baseline, double size, OfdWriting writing) =>
        writing.PerCharacter ? run.Select(c => Write([c], baseline, size, writing with { PerCharacter = false }).Single()) : [TextObject(run, baseline, size, writing)];

    private static XElement TextObject(IReadOnlyList<(string Value, double X)> run, double baseline, double size, OfdWriting writing)
    {
        var xs = run.Select(c => Math.Round(c.X, 3)).ToList();
        // The Boundary: the page from its corner, or a box round the run whose corner the positions are taken from.
        var (left, upper) = writing.Offsets ? (xs[0] - 1.5, baseline - size - 1.25) : (0, 0);
        var (width, height) = writing.Offsets ? (xs[^1] - xs[0] + size + 3, size + 3) : (2000, 2000);
        var code = new XElement(TestOfd.Ns + "TextCode",
            new XAttribute("X", TestOfd.Number((xs[0] - left) / writing.Scale)), new XAttribute("Y", TestOfd.Number((baseline - upper) / writing.Scale)),
            string.Concat(run.Select(c => c.Value)));
        var deltas = xs.Zip(xs.Skip(1), (a, b) => (b - a) / writing.Scale).ToList();
        if (deltas.Count > 0) code.Add(new XAttribute("DeltaX", writing.RepeatForm ? Repeated(deltas) : string.Join(' ', deltas.Select(TestOfd.Number))));
        var text = new XElement(TestOfd.Ns + "TextObject", new XAttribute("ID", "t"), new XAttribute("Boundary", TestOfd.Box(left, upper, width, height)),
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
}
