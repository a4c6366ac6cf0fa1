using System.Globalization;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Text;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// Deadlines as targets (“2023年11月底前”, “12月31日前”, “2023年6月30日之前”) against the date actually printed
/// (“2023年11月25日”, “2024年1月”): met when the actual date is not later than the deadline, missed when it is.
/// A deadline or an actual without a year is compared only with the other also without one.
/// </summary>
internal static partial class DeadlineTarget
{
    [GeneratedRegex(@"^(?:(?<y>\d{4})年)?(?<m>\d{1,2})月(?:(?<d>\d{1,2})日|底|末)?(?:前|之前|以前)$")]
    private static partial Regex Deadline();

    [GeneratedRegex(@"^(?:(?<y>\d{4})年)?(?<m>\d{1,2})月(?:(?<d>\d{1,2})日)?(?:前|之前|完成|已完成)?$")]
    private static partial Regex Date();

    /// <summary>Met, Missed, or Unknown when the target is no deadline or the actual no date comparable with it.</summary>
    public static Outcome Judge(string target, string actual)
    {
        var t = Deadline().Match(Compact(target));
        var a = Date().Match(Compact(actual));
        if (!t.Success || !a.Success || t.Groups["y"].Success != a.Groups["y"].Success) return Outcome.Unknown;
        var deadline = Key(t, lastDayWhenMissing: true);
        var done = Key(a, lastDayWhenMissing: false);
        return done <= deadline ? Outcome.Met : Outcome.Missed;
    }

    /// <summary>A sortable year·month·day number; a missing day is the month's last (deadline) or first (actual).</summary>
    private static int Key(Match m, bool lastDayWhenMissing)
    {
        static int N(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);
        var year = m.Groups["y"].Success ? N(m.Groups["y"]) : 0;
        var day = m.Groups["d"].Success ? N(m.Groups["d"]) : lastDayWhenMissing ? 31 : 1;
        return (year * 100 + N(m.Groups["m"])) * 100 + day;
    }

    private static string Compact(string text) => Spaceless.Of(text);
}
