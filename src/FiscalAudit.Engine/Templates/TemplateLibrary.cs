using FiscalAudit.Core.Model;
using FiscalAudit.Core.Templates;
using FiscalAudit.Extract.Templates;
using FiscalAudit.Rules;
using FiscalAudit.Rules.Formulas;

namespace FiscalAudit.Engine.Templates;

/// <summary>
/// Every template of a run: those embedded in FiscalAudit, plus the files of a user's template folder
/// (<c>--templates DIR</c>), which add templates or replace them by id. Extract reads documents with their
/// tables, Rules check them with their identities; this is where both are configured from the same files.
/// </summary>
public sealed class TemplateLibrary
{
    private TemplateLibrary(ReadingTemplates reading, RuleCatalog catalog)
    {
        Reading = reading;
        Catalog = catalog;
    }

    public static TemplateLibrary Embedded { get; } = new(ReadingTemplates.Default, RuleCatalog.Default);

    public ReadingTemplates Reading { get; }

    public RuleCatalog Catalog { get; }

    /// <summary>
    /// The embedded templates with those of <paramref name="folder"/> (none when null). A file that cannot be
    /// used throws <see cref="TemplateFileException"/> or <see cref="FormulaException"/> with a message in Chinese.
    /// </summary>
    public static TemplateLibrary From(string? folder)
    {
        if (folder is null) return Embedded;
        var files = TemplateDirectory.Read(folder);
        return new TemplateLibrary(ReadingTemplates.Default.With(files), RuleCatalog.Default.With(files));
    }

    /// <summary>The profile with this library's templates: documents read with its tables, checked with its formulas.</summary>
    public AuditProfile Apply(AuditProfile profile) =>
        profile with { Extractor = profile.Extractor.With(Reading), Catalog = Catalog };

    /// <summary>
    /// Every template, read by id from both sides: budget and final-accounts templates in the order listed,
    /// then templates that hold only formulas; each with the tables it prints and the formulas that check a
    /// document read with it (its own, those of the templates it is based on, and those of its whole kind).
    /// </summary>
    public IReadOnlyList<TemplateSummary> Summaries()
    {
        var reading = Reading.All.ToList();
        var headers = reading.Select(r => r.Header)
            .Concat(Catalog.Templates.Select(t => t.Header).Where(h => reading.All(r => r.Header.Id != h.Id)))
            .ToList();
        return headers.Select(h =>
        {
            var lineage = h.Lineage(headers);
            var formulas = Catalog.Templates
                .Where(t => lineage.Contains(t.Id) || (t.Header.IsKindWide && t.Header.Kind == h.Kind))
                .Sum(t => t.FormulaCount);
            return new TemplateSummary(h, reading.Where(r => r.Header.Id == h.Id).Sum(r => r.Tables), formulas);
        }).ToList();
    }
}

/// <summary>One template as the templates command lists it.</summary>
public sealed record TemplateSummary(TemplateHeader Header, int Tables, int Formulas)
{
    public DocumentKind Kind => Header.DocumentKind ?? DocumentKind.Unknown;
}
