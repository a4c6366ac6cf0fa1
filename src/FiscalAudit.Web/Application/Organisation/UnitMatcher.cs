using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application.Organisation;

/// <summary>The unit a document is attributed to, how sure that is, and why (Chinese).</summary>
public sealed record UnitMatch(long? UnitId, string Confidence, string Reason);

/// <summary>
/// Finds the unit of a printed department name among the organisation tree's names and aliases:
/// the same name (spaces, line breaks and 单位：万元 ignored) is sure; the name without its district
/// prefix (普陀区财政局 for 上海市普陀区财政局), or a longer text containing a unit's name, is a guess.
/// Two units that fit equally well are left for a reviewer.
/// </summary>
public sealed class UnitMatcher
{
    private const int MinContainedLength = 4;

    private readonly List<(OrgUnit Unit, string Name, string Normalised)> names;

    public UnitMatcher(IEnumerable<OrgUnit> units)
    {
        names = units.SelectMany(u => UnitNames.SplitAliases(u.Aliases).Prepend(u.Name).Select(n => (u, n, UnitNames.Normalise(n))))
            .Where(n => n.Item3.Length > 0).ToList();
    }

    public static async Task<UnitMatcher> LoadAsync(AuditDbContext db, CancellationToken cancellation) =>
        new(await db.OrgUnits.AsNoTracking().ToListAsync(cancellation));

    public UnitMatch Match(string? printed)
    {
        var name = UnitNames.Normalise(printed);
        if (name.Length == 0) return new UnitMatch(null, Confidence.None, "文件中没有识别出部门名称。");
        return Decide(name, names.Where(n => n.Normalised == name).ToList(), Confidence.High, n => $"文件中的部门名称“{name}”与“{n}”一致。")
            ?? Decide(name, names.Where(n => n.Normalised.Length > name.Length && n.Normalised.EndsWith(name, StringComparison.Ordinal)
                    && OrgVocabulary.Shared.DistrictPrefix.IsMatch(n.Normalised[..^name.Length])).ToList(),
                Confidence.Low, n => $"文件中的部门名称“{name}”缺少行政区划前缀，推测为“{n}”，请确认。")
            ?? Decide(name, Longest(names.Where(n => n.Normalised.Length >= MinContainedLength && name.Contains(n.Normalised, StringComparison.Ordinal))),
                Confidence.Low, n => $"文件中的部门名称“{name}”含有“{n}”，推测为该单位，请确认。")
            ?? new UnitMatch(null, Confidence.None, $"文件中的部门名称“{name}”与组织机构中的名称和别名都不一致。");
    }

    private static List<(OrgUnit Unit, string Name, string Normalised)> Longest(IEnumerable<(OrgUnit Unit, string Name, string Normalised)> found)
    {
        var list = found.ToList();
        return list.Count == 0 ? list : list.Where(n => n.Normalised.Length == list.Max(m => m.Normalised.Length)).ToList();
    }

    private static UnitMatch? Decide(string name, List<(OrgUnit Unit, string Name, string Normalised)> found, string confidence, Func<string, string> reason)
    {
        var units = found.Select(f => f.Unit).DistinctBy(u => u.Id).ToList();
        return units.Count switch
        {
            0 => null,
            1 => new UnitMatch(units[0].Id, confidence, reason(found[0].Name)),
            _ => new UnitMatch(null, Confidence.None, $"文件中的部门名称“{name}”同时符合{string.Join("、", units.Select(u => $"“{u.Name}”"))}，请人工确认。"),
        };
    }
}
