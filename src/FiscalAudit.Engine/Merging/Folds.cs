namespace FiscalAudit.Engine.Merging;

/// <summary>How a folded finding is mentioned in the one it is folded into.</summary>
internal enum FoldKind
{
    /// <summary>The same problem seen by another rule or at another place: its message is quoted.</summary>
    SameProblem,

    /// <summary>
    /// A figure worked out on the one the finding is about (a rate on a mistyped amount, a reference total on a wrong score):
    /// its message is quoted, but it is no place that says what the figure should be.
    /// </summary>
    WorkedOut,

    /// <summary>
    /// The same figure printed with yet another value at other places: its message is quoted, but it is no place that says what
    /// a mistyped figure should be.
    /// </summary>
    OtherValue,

    /// <summary>A comparison that differs only because a table is printed in another unit: only its place is listed.</summary>
    InUnit,

    /// <summary>Another case of the same kind: only its place is listed.</summary>
    SameKind,

    /// <summary>Another case of the same kind that names its own figures: its place and what it says are listed.</summary>
    Listed,
}

/// <summary>Which finding each finding is folded into; a finding folded into another takes what it held along.</summary>
internal sealed class Folds(int count)
{
    public int?[] Into { get; } = new int?[count];

    public FoldKind[] Kind { get; } = new FoldKind[count];

    /// <summary>The mistyped figure a holding finding is about, when <see cref="OddOneOut"/> found one.</summary>
    public Dictionary<int, Cause> Causes { get; } = new();

    private readonly HashSet<int> targets = new();

    public bool IsEmpty => targets.Count == 0;

    /// <summary>Neither folded nor holding others.</summary>
    public bool Free(int i) => Into[i] is null && !targets.Contains(i);

    /// <summary>Not folded and not about a mistyped figure <see cref="OddOneOut"/> found: it may be folded with what it holds.</summary>
    public bool Movable(int i) => Into[i] is null && !Causes.ContainsKey(i);

    public void Add(int folded, int into, FoldKind kind)
    {
        foreach (var held in Of(folded).ToList())
        {
            Into[held] = into;
            // What a comparison in the wrong unit held shows the wrong unit too.
            if (kind == FoldKind.InUnit) Kind[held] = kind;
        }
        targets.Remove(folded);
        Into[folded] = into;
        Kind[folded] = kind;
        targets.Add(into);
    }

    public IEnumerable<int> Of(int target) => Enumerable.Range(0, Into.Length).Where(i => Into[i] == target);
}
