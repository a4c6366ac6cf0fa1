using FiscalAudit.Core.Documents;

namespace FiscalAudit.Reports.Parts;

/// <summary>A place in reading order: page (0 for text files) then line.</summary>
internal readonly record struct TextPosition(int Page, int Line) : IComparable<TextPosition>
{
    /// <summary>The start of a location; null when it has neither page nor line (the whole file).</summary>
    public static TextPosition? Start(SourceLocation? location) =>
        location is { Page: null, Line: null } or null ? null : new TextPosition(location.Page ?? 0, location.Line ?? 0);

    /// <summary>The last line a location covers.</summary>
    public static TextPosition? End(SourceLocation? location) =>
        Start(location) is { } start ? start with { Line = location!.EndLine ?? start.Line } : null;

    public int CompareTo(TextPosition other) => Page != other.Page ? Page.CompareTo(other.Page) : Line.CompareTo(other.Line);

    public static bool operator <(TextPosition a, TextPosition b) => a.CompareTo(b) < 0;

    public static bool operator >(TextPosition a, TextPosition b) => a.CompareTo(b) > 0;

    public static bool operator <=(TextPosition a, TextPosition b) => a.CompareTo(b) <= 0;

    public static bool operator >=(TextPosition a, TextPosition b) => a.CompareTo(b) >= 0;
}
