using FiscalAudit.Core.Findings;

namespace FiscalAudit.Reports.Parts;

/// <summary>
/// One part of a document as a reviewer checks it — one row of the check sheet (封面/目录, 表三 支出决算表,
/// 情况说明：收入决算情况说明, 项目绩效自评：…). <see cref="Key"/> is stable across runs (“cover”,
/// “table:T3”, “section:11.2”, “project:&lt;name&gt;”, “other”); <see cref="Check"/> says what is checked
/// in it; <see cref="Found"/> is false when the document was not seen to contain it (no heading,
/// no table), so that a reviewer checks by hand.
/// </summary>
public sealed record DisclosurePart(string Key, string Title, string Check, bool Found);

/// <summary>A part and the findings that belong to it, in document order.</summary>
public sealed record PartFindings(DisclosurePart Part, IReadOnlyList<Finding> Findings);
