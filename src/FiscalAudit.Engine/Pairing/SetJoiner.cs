using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Engine.Pairing;

/// <summary>
/// The files of one document set as one disclosure, and back: the joined disclosure is the first file's (the
/// narrative part) with the parts of the others (<see cref="Disclosure.WithPartsOf"/>); a finding of it belongs
/// to the file its location is in; the reading rules describe each file alone (<see cref="IsAboutTheFile"/>).
/// </summary>
public static class SetJoiner
{
    /// <summary>One disclosure of <paramref name="parts"/>, the first one's source and statements first.</summary>
    public static Disclosure Join(IReadOnlyList<Disclosure> parts) =>
        parts.Skip(1).Aggregate(parts[0], (joined, part) => joined.WithPartsOf(part));

    /// <summary>True for a rule about one file as read (category 读取: its reading notes, its 审核范围 FA0004), which runs on each file of a set alone.</summary>
    public static bool IsAboutTheFile(RuleDescriptor rule) => rule.Category == RuleCategories.Reading;

    /// <summary>The one of <paramref name="files"/> the finding is located in; the first (the joined disclosure's own) when it has no place in any.</summary>
    public static string FileOf(Finding finding, IReadOnlyList<string> files) =>
        finding.Location.Source?.File is { } file && files.Contains(file) ? file : files[0];
}
