using FiscalAudit.Core.Model;

namespace FiscalAudit.Engine.Pairing;

/// <summary>
/// Pairs the results of one run as they arrive: a result whose previous-year document came earlier in the
/// run is checked again against it (<see cref="Auditor.CheckWith"/>). The disclosures seen are kept, one
/// per department, kind and year (the two files of a document set as one: <see cref="DocumentSets.Remember"/>), so
/// that a later document can find its predecessor; documents are therefore best given in year order (file names with
/// the year sort so).
/// </summary>
public sealed class YearOverYear
{
    private readonly Auditor auditor;
    private readonly Dictionary<(string Series, int Year), Disclosure> seen = new();

    public YearOverYear(Auditor auditor)
    {
        this.auditor = auditor;
    }

    /// <summary>The result, checked against its previous-year document when the run held one.</summary>
    public AuditResult Add(AuditResult result)
    {
        if (result.Disclosure is not { Year: int year } d || DocumentPairing.Series(d) is not { } series) return result;
        seen[(series, year)] = DocumentSets.Remember(seen.GetValueOrDefault((series, year)), d);
        return seen.TryGetValue((series, year - 1), out var previous) ? auditor.CheckWith(result, previous, sameUnit: false) : result;
    }
}
