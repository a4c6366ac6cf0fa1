using System.Xml.Linq;

namespace FiscalAudit.Ingest.Ofd;

/// <summary>A subpath of a PathObject in its own coordinates: every point it passes and its straight pieces.</summary>
internal sealed record OfdSubpath(List<(double X, double Y)> Points, List<((double X, double Y) From, (double X, double Y) To)> Lines);

/// <summary>
/// A PathObject's AbbreviatedData (GB/T 33190 §9.3): S and M start a subpath, L draws a line, Q, B and A (quadratic, cubic
/// Bézier, arc) move along a curve (kept as its end point: curves are no rulings), C (and Z, which some producers write)
/// closes the subpath; a path that draws before it starts starts where it first goes. An unknown command or a missing or bad number raises <see cref="OfdPartException"/>.
/// </summary>
internal static class OfdPathData
{
    /// <summary>How many numbers each command takes.</summary>
    private static readonly Dictionary<string, int> Operands = new(StringComparer.Ordinal)
    {
        ["S"] = 2, ["M"] = 2, ["L"] = 2, ["Q"] = 4, ["B"] = 6, ["A"] = 7, ["C"] = 0, ["Z"] = 0,
    };

    public static List<OfdSubpath> Parse(XElement data, OfdNumbers numbers)
    {
        var tokens = OfdNumbers.Tokens(data.Value);
        var bad = () => numbers.Bad(data.Parent ?? data, "AbbreviatedData", data.Value);
        var subpaths = new List<OfdSubpath>();
        OfdSubpath? current = null;
        for (var i = 0; i < tokens.Length;)
        {
            if (!Operands.TryGetValue(tokens[i], out var count)) throw bad();
            var values = tokens[(i + 1)..Math.Min(i + 1 + count, tokens.Length)].Select(OfdNumbers.Parse).ToList();
            if (values.Count < count || values.Any(v => v is null)) throw bad();
            var command = tokens[i];
            i += 1 + count;
            var end = count >= 2 ? (values[^2]!.Value, values[^1]!.Value) : default;
            switch (command)
            {
                case "S" or "M":
                case "L" or "Q" or "B" or "A" when current is null:
                    current = new OfdSubpath([end], []);
                    subpaths.Add(current);
                    break;
                case "L" when current is not null:
                    current.Lines.Add((current.Points[^1], end));
                    current.Points.Add(end);
                    break;
                case "Q" or "B" or "A" when current is not null:
                    current.Points.Add(end);
                    break;
                case "C" or "Z" when current is not null:
                    current.Lines.Add((current.Points[^1], current.Points[0]));
                    current.Points.Add(current.Points[0]);
                    break;
            }
        }
        return subpaths;
    }
}
