using System.Text.RegularExpressions;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// The words of a rubric in bands (Schemes/rate-indicator.json, “bandWording”), matched on the rubric with white space removed:
/// <paramref name="Outcome"/> finds what each band scores (groups full, none, points, share, off), <paramref name="Conditions"/>
/// the rate each band starts at (groups low, closed, open) or, for the band below every other, stops at (group high), the first
/// that matches the clause before the outcome; a clause starts after the last of <paramref name="ClauseEnds"/>.
/// </summary>
public sealed record RateBandWording(string ClauseEnds, string Outcome, IReadOnlyList<string> Conditions)
{
    private readonly Regex outcome = new(Outcome, RegexOptions.CultureInvariant);

    private readonly IReadOnlyList<Regex> conditions = Conditions.Select(c => new Regex(c, RegexOptions.CultureInvariant)).ToList();

    /// <summary>Every score a band states, in the order printed.</summary>
    public IEnumerable<Match> Outcomes(string text) => outcome.Matches(text);

    /// <summary>The condition of the clause that ends <paramref name="text"/>, or null when it states no rate.</summary>
    public Match? Condition(string text)
    {
        var clause = text[(text.LastIndexOfAny(ClauseEnds.ToCharArray()) + 1)..];
        return conditions.Select(c => c.Match(clause)).FirstOrDefault(m => m.Success);
    }
}
