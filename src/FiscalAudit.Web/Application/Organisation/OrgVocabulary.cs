using System.Text.Json;
using System.Text.RegularExpressions;

namespace FiscalAudit.Web.Application.Organisation;

/// <summary>One column of the coverage ledger: the document kinds (JSON names) it counts, and whether every unit owes one.</summary>
public sealed record CoverageKind(string Name, IReadOnlyList<string> Kinds, bool Expected);

/// <summary>
/// The data of OrgVocabulary.json: the residue removed from a printed department name (单位：万元, 编制单位：),
/// the pattern of an administrative-district prefix (上海市普陀区), and the document kinds the coverage ledger expects.
/// </summary>
public sealed class OrgVocabulary
{
    private sealed record Data(string[] Residue, string DistrictPrefix, CoverageKind[] Coverage);

    private OrgVocabulary(Data data)
    {
        Residue = data.Residue.Select(r => new Regex(r, RegexOptions.CultureInvariant)).ToList();
        DistrictPrefix = new Regex(data.DistrictPrefix, RegexOptions.CultureInvariant);
        Coverage = data.Coverage;
    }

    public static OrgVocabulary Shared { get; } = Load();

    public IReadOnlyList<Regex> Residue { get; }

    public Regex DistrictPrefix { get; }

    public IReadOnlyList<CoverageKind> Coverage { get; }

    private static OrgVocabulary Load()
    {
        using var stream = typeof(OrgVocabulary).Assembly.GetManifestResourceStream("FiscalAudit.Web.Application.Organisation.OrgVocabulary.json")
            ?? throw new InvalidOperationException("OrgVocabulary.json is not embedded");
        var data = JsonSerializer.Deserialize<Data>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("OrgVocabulary.json is empty");
        return new OrgVocabulary(data);
    }
}
