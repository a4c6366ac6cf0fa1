using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Extract.Kinds;

/// <summary>The signals that tell what a document is, strongest first.</summary>
public enum KindSignal
{
    Title,
    TableTitle,
    SectionHeading,
    PublicTableMarker,
    EvaluationWord,
}

/// <summary>One line saying what the document is: the kind it points to, the signal, the words as printed and where.</summary>
public sealed record KindEvidence(DocumentKind Kind, KindSignal Signal, string Text, SourceLocation Location)
{
    /// <summary>
    /// True when both were found on the same printed line (a heading's block and the physical line it
    /// was read from differ in their end line and box, not in their page and line).
    /// </summary>
    public bool OnSameLineAs(KindEvidence other) =>
        Location.Page == other.Location.Page && Location.Cell == other.Location.Cell
        && Location.Line <= (other.Location.EndLine ?? other.Location.Line) && other.Location.Line <= (Location.EndLine ?? Location.Line);

    /// <summary>“标题“上海市普陀区2025年区级部门预算””.</summary>
    public string Describe() => $"{Label(Signal)}“{Text}”";

    private static string Label(KindSignal signal) => signal switch
    {
        KindSignal.Title => "标题",
        KindSignal.TableTitle => "表名",
        KindSignal.SectionHeading => "章节标题",
        KindSignal.PublicTableMarker => "表号",
        _ => "用语",
    };
}

/// <summary>What a document is, why (in Chinese, naming the titles and markers that decided it) and where the deciding line stands.</summary>
public sealed record KindDecision(DocumentKind Kind, string Reason, SourceLocation? Location)
{
    public void ApplyTo(Disclosure disclosure)
    {
        disclosure.Kind = Kind;
        disclosure.KindReason = Reason;
        disclosure.KindLocation = Location;
    }
}
