using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// What the page headers and footers say of the document (<see cref="SourceDocument.RunningLines"/>, “XX区教育局2023年度部门决算”
/// in a 2024 document of XX区卫生健康委员会, copied with the template): the department they name, read as a title's or a label's
/// (<see cref="DepartmentNames"/>), the reporting year they name, as a title's, and the placeholders and template residue they hold.
/// Nothing else: a header states no fact, belongs to no section and to no table. Runs after the narrative (Order 210).
/// </summary>
public sealed class RunningLineMarks : IRecognizer
{
    private static readonly HashSet<TextMarkKind> Residue =
        [TextMarkKind.Placeholder, TextMarkKind.UnresolvedAlternative, TextMarkKind.DraftingInstruction, TextMarkKind.UnfinishedSentence];

    public int Order => 210;

    /// <summary>Every kind of document prints its identity in its margins.</summary>
    public IReadOnlyList<DocumentKind> Kinds { get; } = Enum.GetValues<DocumentKind>();

    public void Recognize(SourceDocument document, Disclosure disclosure)
    {
        var narrative = disclosure.Narrative;
        foreach (var line in document.RunningLines)
        {
            SourceLocation Locate(int start, int end, int anchor) => line.Location;
            if ((DepartmentNames.InLabel(line.Text, line.Location) ?? DepartmentNames.InTitle(line.Text, line.Location)) is { } name) narrative.Names.Add(name);
            narrative.Years.AddRange(TextMarks.Years(line.Text, Locate, title: true));
            narrative.Marks.AddRange(TextMarks.Find(line.Text, Locate).Where(m => Residue.Contains(m.Kind)));
        }
    }
}
