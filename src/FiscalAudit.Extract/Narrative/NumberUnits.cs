
namespace FiscalAudit.Extract.Narrative;

/// <summary>The units and labels <see cref="NumberScanner"/> reads around a number: data in number-units.json.</summary>
internal sealed class NumberUnits
{
    public static NumberUnits Default { get; } = VocabularyFile.Load<NumberUnits>("number-units.json");

    /// <summary>Units in the order they are tried (longer spellings first).</summary>
    public List<string> Units { get; init; } = new();

    public NotCountWords NotCounts { get; init; } = new();

    /// <summary>Labels right before a number printed without its unit that make it an amount.</summary>
    public List<string> BareAmountLabels { get; init; } = new();

    /// <summary><paramref name="unit"/> followed by <paramref name="next"/> is part of a longer word (“3个月”), no unit.</summary>
    public bool IsPartOfWord(string unit, char next) => NotCounts.Units.Contains(unit, StringComparer.Ordinal) && NotCounts.FollowedBy.Any(w => w.Length == 1 && w[0] == next);

    public sealed class NotCountWords
    {
        public List<string> Units { get; init; } = new();

        public List<string> FollowedBy { get; init; } = new();
    }
}
