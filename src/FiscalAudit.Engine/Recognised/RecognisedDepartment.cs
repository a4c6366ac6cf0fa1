using FiscalAudit.Core.Data;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Text;
using FiscalAudit.Ingest.Pdf.Ocr;

namespace FiscalAudit.Engine.Recognised;

/// <summary>
/// The department named in a heading or 部门 line, where it or the document's department was recognised from a scan, is the
/// document's department when the two differ by OCR-plausible misreads only (沁阳 read as 泌阳): the name is then taken as the
/// department's, so FA3014 does not report a misread as another unit's name. A name differing by more is left as read.
/// </summary>
public static class RecognisedDepartment
{
    /// <summary>Takes the names misreading the department as the department's, where <paramref name="recognised"/> says a place was recognised.</summary>
    public static void Apply(Disclosure disclosure, Func<SourceLocation?, bool> recognised, MisreadTolerance tolerance)
    {
        if (disclosure.Department is not { Length: > 0 } department) return;
        var departmentRecognised = recognised(disclosure.DepartmentLocation);
        var names = disclosure.Narrative.Names;
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if ((departmentRecognised || recognised(name.Location)) && !DepartmentNameForms.Same(department, name.Text) && Misread(name.Text, department, tolerance))
                names[i] = name with { Text = department };
        }
    }

    /// <summary>
    /// Whether <paramref name="read"/> and <paramref name="department"/> differ by misreads only, as printed or in their short
    /// forms; either may be the one misread (the department is read from a recognised title too). A misread keeps part of
    /// the place the name starts with: a place read wholly otherwise (孟州市 for 沁阳市) is another unit's name.
    /// </summary>
    public static bool Misread(string read, string department, MisreadTolerance tolerance)
    {
        var (a, b) = (Spaceless.Of(read), Spaceless.Of(department));
        return KeepsPlace(a, b) && (Near(a, b, tolerance) || Near(DepartmentNameForms.Short(a), DepartmentNameForms.Short(b), tolerance));
    }

    /// <summary>Whether the names share a character of the place <paramref name="department"/> starts with (before its word of places), in its position.</summary>
    private static bool KeepsPlace(string read, string department)
    {
        var place = PlaceWords.All.Select(w => department.IndexOf(w, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(0).Min();
        return place == 0 || Enumerable.Range(0, Math.Min(place, read.Length)).Any(i => read[i] == department[i]);
    }

    private static bool Near(string a, string b, MisreadTolerance tolerance) => Misreads.Near(a, b, tolerance) || Misreads.Near(b, a, tolerance);
}
