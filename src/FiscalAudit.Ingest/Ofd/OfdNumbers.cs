using System.Globalization;
using System.Xml.Linq;

namespace FiscalAudit.Ingest.Ofd;

/// <summary>
/// The numbers of an OFD attribute (ST_Box “x y w h”, ST_Array, a length), read invariantly; a value that is no finite
/// number raises <see cref="OfdPartException"/> naming the part, the element and the attribute.
/// </summary>
internal sealed class OfdNumbers(string part)
{
    public string Part => part;

    /// <summary>The attribute's number, <paramref name="fallback"/> when it is absent.</summary>
    public double Number(XElement element, string attribute, double fallback)
    {
        var raw = (string?)element.Attribute(attribute);
        if (raw is null) return fallback;
        return Parse(raw) ?? throw Bad(element, attribute, raw);
    }

    /// <summary>The attribute's number, null when it is absent.</summary>
    public double? Optional(XElement element, string attribute) =>
        element.Attribute(attribute) is null ? null : Number(element, attribute, 0);

    /// <summary>The attribute's numbers; <paramref name="count"/> of them exactly when given; empty when the attribute is absent.</summary>
    public double[] List(XElement element, string attribute, int? count = null)
    {
        var raw = (string?)element.Attribute(attribute);
        if (raw is null) return [];
        var values = Tokens(raw).Select(Parse).ToList();
        if (values.Any(v => v is null) || count is { } n && values.Count != n) throw Bad(element, attribute, raw);
        return values.Select(v => v!.Value).ToArray();
    }

    /// <summary>The text's whitespace-separated tokens.</summary>
    public static string[] Tokens(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A finite number, or null.</summary>
    public static double? Parse(string token) =>
        double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;

    /// <summary>The error for a value of <paramref name="attribute"/> that cannot be read.</summary>
    public OfdPartException Bad(XElement element, string attribute, string raw) =>
        new(part, $"中 {element.Name.LocalName} 的 {attribute} 值“{Shorten(raw)}”不是有效的数值");

    private static string Shorten(string raw) => raw.Length <= 40 ? raw : raw[..40] + "…";
}
