using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;
using FiscalAudit.Ingest.Pdf.Ocr;
using FiscalAudit.Rules;

namespace FiscalAudit.Engine.Recognised;

/// <summary>
/// Before the rules run, names on pages recognised from a scan that misread a known name are taken as that name: the
/// department in headings and 部门 lines (<see cref="RecognisedDepartment"/>), row names (<see cref="RecognisedRows"/>).
/// How many misreads a name may have is data (ocr.json, names).
/// </summary>
public static class RecognisedNames
{
    public static void Apply(Disclosure disclosure, RuleCatalog catalog, RecognisedNameSettings settings)
    {
        var pages = disclosure.Source.RecognisedPages;
        if (pages.Count == 0) return;
        bool recognised(SourceLocation? location) => location?.Page is int page && pages.Contains(page);
        RecognisedDepartment.Apply(disclosure, recognised, settings.Departments);
        RecognisedRows.Apply(disclosure, recognised, new KnownRowNames(catalog, disclosure.Year, settings.Ordinals), settings);
    }
}
