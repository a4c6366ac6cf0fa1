using System.Text.Json.Serialization;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Findings;

namespace FiscalAudit.Engine.Merging;

/// <summary>Which findings report one cause (Merging/finding-merges.json); see <see cref="FindingMerger"/>.</summary>
public sealed record MergeCatalog(
    [property: JsonPropertyName("oddOneOut")] OddOneOutMerge OddOneOut,
    [property: JsonPropertyName("samePlace")] IReadOnlyList<SamePlaceMerge> SamePlace,
    [property: JsonPropertyName("sameRow")] IReadOnlyList<SameRowMerge> SameRow,
    [property: JsonPropertyName("sameFigure")] IReadOnlyList<SameFigureMerge> SameFigure,
    [property: JsonPropertyName("perDocument")] IReadOnlyList<PerDocumentMerge> PerDocument,
    [property: JsonPropertyName("onBasis")] IReadOnlyList<BasesMerge> OnBasis,
    [property: JsonPropertyName("mistypedPart")] IReadOnlyList<MistypedPartMerge> MistypedPart,
    [property: JsonPropertyName("explained")] IReadOnlyList<BasesMerge> Explained,
    [property: JsonPropertyName("tableUnit")] IReadOnlyList<TableUnitMerge> TableUnit)
{
    public static MergeCatalog Default { get; } = EmbeddedJson.Load<MergeCatalog>(typeof(MergeCatalog).Assembly, "finding-merges.json");
}

/// <summary>
/// Findings of these <see cref="Rules"/> (errors comparing two amounts) that one printed figure explains are one: the
/// other places they compare it with say the same amount, rounding-aware, and at least two independent places agree
/// against it (<see cref="OddOneOut"/>).
/// </summary>
public sealed record OddOneOutMerge(
    [property: JsonPropertyName("rules")] IReadOnlyList<string> Rules);

/// <summary>
/// A finding of an <see cref="Absorb"/> rule sharing a place and a compared value with one of a <see cref="Keep"/> rule
/// is folded into it; with <see cref="SameDifference"/>, sharing a place and the difference between the compared values
/// (one wrong amount seen through two sums), the two differences at most <see cref="Slack"/> apart (the rounding of the
/// printed parts behind a sum).
/// </summary>
public sealed record SamePlaceMerge(
    [property: JsonPropertyName("keep")] IReadOnlyList<string> Keep,
    [property: JsonPropertyName("absorb")] IReadOnlyList<string> Absorb,
    [property: JsonPropertyName("sameDifference")] bool SameDifference = false,
    [property: JsonPropertyName("slack")] decimal Slack = 0m);

/// <summary>
/// Findings of one of these <see cref="Rules"/> at one row of one table, in different columns, whose compared values differ by
/// the same amount (at most <see cref="Slack"/> apart) are one wrong row; see <see cref="Merging.SameRow"/>.
/// </summary>
public sealed record SameRowMerge(
    [property: JsonPropertyName("rules")] IReadOnlyList<string> Rules,
    [property: JsonPropertyName("slack")] decimal Slack = 0m);

/// <summary>
/// A share finding of an <see cref="Absorb"/> rule on a part of the whole whose breakdown a finding of a <see cref="Keep"/> rule
/// says does not add up, explained by that part alone (the part, off by <see cref="Slack"/> at most, plus the difference gives
/// the printed share), is folded into the sum; see <see cref="Merging.MistypedPart"/>.
/// </summary>
public sealed record MistypedPartMerge(
    [property: JsonPropertyName("keep")] IReadOnlyList<string> Keep,
    [property: JsonPropertyName("absorb")] IReadOnlyList<string> Absorb,
    [property: JsonPropertyName("slack")] decimal Slack = 0m);

/// <summary>
/// A finding of an <see cref="Absorb"/> rule worked out on <see cref="Finding.Bases"/> that findings of a <see cref="Keep"/>
/// rule hold at their places is folded into one of them. <c>onBasis</c>: a rate one of whose bases is the amount a kept
/// finding holds mistyped; <c>explained</c>: a total rescored from its cells each of which a kept finding holds (the cell's
/// own mistake), folded into the first of them.
/// </summary>
public sealed record BasesMerge(
    [property: JsonPropertyName("keep")] IReadOnlyList<string> Keep,
    [property: JsonPropertyName("absorb")] IReadOnlyList<string> Absorb);

/// <summary>
/// A finding of a <see cref="Keep"/> rule says a table is printed in another unit (its <see cref="Finding.Actual"/> the
/// factor its figures are off by); a finding of an <see cref="Absorb"/> rule with a place in that table whose two compared
/// values differ by that factor, rounding-aware, only shows the same wrong unit and is folded into it.
/// </summary>
public sealed record TableUnitMerge(
    [property: JsonPropertyName("keep")] IReadOnlyList<string> Keep,
    [property: JsonPropertyName("absorb")] IReadOnlyList<string> Absorb);

/// <summary>
/// Findings of these rules comparing the same two values on rows of the same name are one; with <see cref="OtherValues"/>, also
/// those sharing one of their values (one figure printed three ways in several tables).
/// </summary>
public sealed record SameFigureMerge(
    [property: JsonPropertyName("rules")] IReadOnlyList<string> Rules,
    [property: JsonPropertyName("otherValues")] bool OtherValues = false);

/// <summary>
/// Every finding of <see cref="Rule"/> with <see cref="Severity"/> in a document is one. With <see cref="List"/>, the
/// kept message quotes what each folded finding says (each names its own figures); else it lists their places only.
/// With <see cref="SameActual"/>, only the findings that name the same thing printed (<see cref="Finding.Actual"/>: the
/// same template words left in) are one; findings naming other words stay apart.
/// </summary>
public sealed record PerDocumentMerge(
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("list")] bool List = false,
    [property: JsonPropertyName("sameActual")] bool SameActual = false)
{
    public bool Matches(Finding f) => f.RuleId == Rule && f.Severity.ToJsonName() == Severity;

    /// <summary>What the findings folded into one share: nothing more than the rule, or with <see cref="SameActual"/> what they name.</summary>
    public string? Key(Finding f) => SameActual ? f.Actual?.ToString() : null;
}
