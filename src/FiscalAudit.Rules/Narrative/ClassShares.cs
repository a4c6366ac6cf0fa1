using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Rules.Budget;

namespace FiscalAudit.Rules.Narrative;

/// <summary>
/// The 类 a 款's share is of when the share names no base or only “本类支出” and no whole is stated in its sentence: the 类 the
/// extraction found the 款 belongs to (<see cref="NarrativeFact.ItemClass"/>: named before it in its sentence or heading its part).
/// Its amount is the 类 row of the table the section explains (表五 under 一般公共预算), found as the 款 is, when the 款's row is
/// one of that 类's.
/// </summary>
internal static class ClassShares
{
    /// <summary>The 类 cell <paramref name="share"/> is a share of; null when it is not a share of a 款 within a named 类.</summary>
    public static LinkedCell? WholeOf(Disclosure disclosure, NarrativeFact share)
    {
        if (share.Subject is not { Classification: [.., { Level: 2 } kuan], ItemClass: { } name } || !ClassificationRows.IsClassBase(share.Base)) return null;
        var cells = ClassificationRows.Cells(disclosure, new[] { new ClassificationPart(1, name), kuan }, share.Sentence, share.Location, share.Section);
        if (cells is not [var cell] || !ClassificationRows.Lineage(cell).TryGetValue(1, out var classRow) || !ClassificationRows.Same(classRow.Name, name)) return null;
        return LinkedCell.Restated(cell.Table, classRow, cell.Column);
    }
}
