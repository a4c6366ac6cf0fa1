using FiscalAudit.Ingest.Pdf.Ocr;

namespace FiscalAudit.Engine.Recognised;

/// <summary>
/// How many OCR-plausible misreads turn a known name into the text read: characters read as others (same length), or one
/// character dropped besides (a dropped character counts as one misread). Anything else — a character added, two dropped —
/// is no misread of the name.
/// </summary>
public static class Misreads
{
    /// <summary>The misreads from <paramref name="known"/> to <paramref name="read"/>; null when the read text is no misread of it.</summary>
    public static int? Count(string read, string known)
    {
        if (read.Length == known.Length) return Differing(read, known, 0);
        if (read.Length != known.Length - 1 || read.Length == 0) return null;
        return Enumerable.Range(0, known.Length).Min(dropped => Differing(read, known.Remove(dropped, 1), 1));
    }

    /// <summary>True when <paramref name="read"/> is <paramref name="known"/> with misreads, no more than <paramref name="tolerance"/> allows for its length.</summary>
    public static bool Near(string read, string known, MisreadTolerance tolerance) =>
        Count(read, known) is int count && count > 0 && count <= tolerance.Allowed(known.Length);

    private static int Differing(string a, string b, int start) => start + a.Zip(b).Count(p => p.First != p.Second);
}
