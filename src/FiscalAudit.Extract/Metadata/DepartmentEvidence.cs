using FiscalAudit.Core.Data;
using FiscalAudit.Core.Text;
using Named = FiscalAudit.Extract.Metadata.MetadataRecognizer.Named;

namespace FiscalAudit.Extract.Metadata;

/// <summary>
/// Chooses the document's department by the weight of the evidence, not by the first name met: a 编制单位 line copied from
/// another department's table onto the first page does not outweigh the title, the flattened form and the self-description that
/// name the department. The weight of a name is the number of places naming it, two printings counting as one name as FA3014 compares
/// them (<see cref="DepartmentNameForms"/>: spaces ignored, a name and its ending, “普陀区财政局” of “上海市普陀区财政局”, and a full name
/// and its short form, “中国人民政治协商会议江苏省委员会办公厅” of “江苏省政协办公厅”): the cover's titles and labels, the labels of lines and form cells that name the document's own
/// department (<see cref="DepartmentIdentityWords.IsEvidence"/>: not a form's 填报单位 or 实施单位, which may name a unit carrying a
/// project out) and the subjects of the department's sentences about itself.
/// </summary>
internal static class DepartmentEvidence
{
    /// <summary>
    /// The heaviest of the <paramref name="cover"/>'s names and the <paramref name="places"/>' labels; of equal weight, one the cover
    /// prints (a title first, then in order), else the better-ranked label, the first. Null when there is neither.
    /// </summary>
    public static Named? Weigh(IReadOnlyList<Named> cover, IReadOnlyList<Named> places, IEnumerable<Named> described)
    {
        var evidence = cover.Concat(places.Where(p => DepartmentIdentityWords.IsEvidence(p.Rank))).Concat(described)
            .DistinctBy(n => (Spaceless.Of(n.Name), n.Location)).ToList();
        var ranked = cover.Select(n => (Named: n, Cover: 0)).Concat(places.Select(n => (Named: n, Cover: 1)))
            .Select((c, order) => (c.Named, c.Cover, order, Weight: evidence.Count(e => DepartmentNameForms.Same(e.Name, c.Named.Name))))
            .OrderByDescending(c => c.Weight).ThenBy(c => c.Cover).ThenBy(c => c.Cover == 0 ? TitleFirst(c.Named) : c.Named.Rank).ThenBy(c => c.order)
            .Select(c => c.Named).ToList();
        return ranked.Count == 0 ? null : Placed(ranked);
    }

    /// <summary>
    /// The first of <paramref name="ranked"/>, or when its place is only its level (“编制单位：区司法局”, which agrees with every district's
    /// bureau and so outweighs each), the first name printing its places that it agrees with (the cover's “郑州市金水区司法局”, not a
    /// header copied from “郑州市二七区司法局”).
    /// </summary>
    private static Named Placed(List<Named> ranked)
    {
        var first = ranked[0];
        if (!LevelOnly(first.Name)) return first;
        return ranked.Where(n => !LevelOnly(n.Name) && DepartmentNameForms.Same(n.Name, first.Name)).DefaultIfEmpty(first).First();
    }

    private static bool LevelOnly(string name) =>
        Spaceless.Of(name) is var compact && OrganisationNames.AtStart(compact) is null && OrganisationNames.AtStartOrLevelOnly(compact) is not null;

    /// <summary>On the cover a title comes before the labels, which keep their order (two labels there name one department in two forms).</summary>
    private static int TitleFirst(Named name) => name.Rank == MetadataRecognizer.TitleRank ? 0 : 1;
}
