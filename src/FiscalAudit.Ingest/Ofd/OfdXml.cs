using System.Xml.Linq;

namespace FiscalAudit.Ingest.Ofd;

/// <summary>OFD elements by local name: producers write them in the ofdspec namespace, with or without a prefix, or in none.</summary>
internal static class OfdXml
{
    public static XElement? Child(this XElement element, string name) => element.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    public static IEnumerable<XElement> Children(this XElement element, string name) => element.Elements().Where(e => e.Name.LocalName == name);

    /// <summary>The trimmed text of the child <paramref name="name"/>; null when it is absent or blank.</summary>
    public static string? ChildText(this XElement element, string name) =>
        element.Child(name)?.Value.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>A boolean attribute (“true”/“false”), <paramref name="fallback"/> when absent or anything else.</summary>
    public static bool Flag(this XElement element, string attribute, bool fallback) =>
        (string?)element.Attribute(attribute) is { } raw && bool.TryParse(raw.Trim(), out var value) ? value : fallback;
}
