using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// Relates facts across sentences: the current-year amount of a change, the whole of a share (its
/// breakdown, or an earlier amount with the base's name) and the count behind an average.
/// </summary>
public static class FactResolver
{
    public static void Resolve(IReadOnlyList<NarrativeFact> facts)
    {
        // “公务用车购置及运行维护费5.90万元。其中：公务用车购置费0.00万元；公务用车运行维护费5.60万元”: its two sides are all of it;
        // “政府采购支出总额…，其中：政府采购货物支出…、政府采购工程支出…、政府采购服务支出…”: so are the names of a whole family;
        // “财政拨款支出…，其中：基本支出…，项目支出…”: of a family that is every part of some wholes only.
        foreach (var whole in facts.Where(f => f.Kind == FactKind.Amount && f.Parts.Count >= 2 && !f.PartsAreExamples))
        {
            if (LabelWords.Default.NamesBothSides(whole.Key, whole.Parts.Select(p => p.Key).ToList())
                || ListLeads.Default.NamesWholeFamily(whole.Quantity, whole.Parts.Select(p => p.Quantity).ToList())) whole.PartsAreComplete = true;
        }
        // “共有车辆9辆，其中：一般公务用车2辆、执法执勤用车0辆、特种专业技术用车6辆”: a list of counts that names a kind of none
        // besides kinds of some goes through every kind; so does one that closes with the rest (“…，其他用车1辆”).
        foreach (var whole in facts.Where(f => f.Kind == FactKind.Count && f.Parts.Count >= 2 && !f.PartsAreExamples
            && (f.Parts.Any(p => p.Amount is { Value: 0m }) && f.Parts.Any(p => p.Amount is { Value: > 0m }) || ListLeads.Default.NamesRest(f.Parts[^1].Key))))
        {
            whole.PartsAreComplete = true;
        }
        for (var i = 0; i < facts.Count; i++)
        {
            var fact = facts[i];
            switch (fact.Kind)
            {
                case FactKind.Change:
                    ResolveChange(facts, i, fact);
                    break;
                case FactKind.Share:
                    ResolveShare(facts, i, fact);
                    break;
                case FactKind.Average:
                    var units = LabelWords.Default.CountUnitsOf(fact.Quantity);
                    fact.Count = facts.FirstOrDefault(f => f.Paragraph == fact.Paragraph && f.Kind == FactKind.Count && f.Unit is string unit && units.Contains(unit));
                    fact.Subject ??= AveragedAmount(facts, i, fact);
                    break;
            }
        }
        // “项目支出1,150.00万元，占一般公共预算支出的47.55%”: an amount listed under no whole is a part of the whole its (first) share names.
        foreach (var share in facts.Where(f => f.Kind == FactKind.Share && f.Subject is { WholeBy: not "breakdown" } && !string.IsNullOrEmpty(f.Base)))
            share.Subject!.ShareWhole ??= QuantityKeys.Normalize(share.Base!);
    }

    /// <summary>True when two labels name the same quantity (“本年支出合计” = “支出合计”, “政府采购支出总额” = “政府采购支出”).</summary>
    public static bool SameQuantity(string a, string b) => a.Length > 0 && Strip(a) == Strip(b);

    private static string Strip(string key) => QuantityKeys.Normalize(key).Replace("总额", string.Empty).TrimEnd('的');

    private static void ResolveChange(IReadOnlyList<NarrativeFact> facts, int i, NarrativeFact change)
    {
        if (change.Key.Length == 0)
        {
            change.Subject ??= Before(facts, i).FirstOrDefault(f => f.Paragraph == change.Paragraph && f.Kind == FactKind.Amount);
            return;
        }
        // “机关运行经费支出较上年增加5.00万元，为55.00万元”: the amount stated after the change, under its name, is already its subject.
        if (change.Subject is not null && change.SubjectByName) return;
        var (scope, key) = BothSides(change.Key);
        change.Subject = Named(facts, i, scope, key) ?? Joint(facts, i, change.Key) ?? SidesTotal(facts, i, change) ?? SameThreePublicItem(facts, i, change);
        change.SubjectByName = change.Subject is not null;
    }

    /// <summary>
    /// “公务接待费决算数5.00万元。公务接待费支出比上年减少1.00万元”: a change of a “三公” item named otherwise than its 决算 was (“支出”
    /// names no kind of figure of its own) is of the nearest earlier amount of its section, not a part of another, that names the same
    /// item with no word of a budget.
    /// </summary>
    private static NarrativeFact? SameThreePublicItem(IReadOnlyList<NarrativeFact> facts, int i, NarrativeFact change)
    {
        if (change.Against != ChangeBase.LastYear || CellLinker.ThreePublicColumn(change.Key) is not { } item) return null;
        return Before(facts, i).Take(40).TakeWhile(f => f.Section == change.Section).FirstOrDefault(f =>
            f.Kind == FactKind.Amount && f.Whole is null && f.Amount is not null && f.Unit == change.Unit
            && CellLinker.ThreePublicColumn(f.Key) == item && AmountKinds.Default.KindOf(f.Quantity) is null or AmountKinds.Executed);
    }

    /// <summary>
    /// The nearest earlier amount, not a part of another, whose name begins with <paramref name="scope"/> and holds <paramref name="key"/>;
    /// or the 决算 of a completion so named with it (“公务接待费预算为8.00万元，支出决算为5.00万元，完成预算的62.50%。公务接待费支出决算比
    /// 上年减少1.00万元” is of that 5.00, whose own label is only “支出决算”).
    /// </summary>
    private static NarrativeFact? Named(IReadOnlyList<NarrativeFact> facts, int i, string scope, string key) =>
        Before(facts, i).Take(40).Select(f => f.Kind switch
        {
            FactKind.Amount when f.Whole is null && f.Key.StartsWith(scope, StringComparison.Ordinal) && f.Key.Contains(key, StringComparison.Ordinal) => f,
            FactKind.Completion when f.Key.Length > 0 && f.Subject is { Kind: FactKind.Amount, Amount: not null, Whole: null } spent && spent.Key != f.Key
                && (f.Key + spent.Key).StartsWith(scope, StringComparison.Ordinal) && (f.Key + spent.Key).Contains(key, StringComparison.Ordinal) => spent,
            _ => null,
        }).FirstOrDefault(f => f is not null);

    private static readonly char[] Joiners = { '和', '及', '与', '、' };

    /// <summary>
    /// “收入总计204.29万元，支出总计204.29万元。与上年相比，收入总计和支出总计各减少29.46万元”: two quantities changed together, each
    /// stated before with the same amount — either is the subject. Quantities stated with different amounts have no one rate.
    /// </summary>
    private static NarrativeFact? Joint(IReadOnlyList<NarrativeFact> facts, int i, string key)
    {
        var names = Joiners.Select(c => ListItems.Split(key, c)).FirstOrDefault(parts => parts.Count >= 2);
        if (names is null) return null;
        var stated = names.Select(n => n.Length > 0 ? Named(facts, i, string.Empty, n) : null).ToList();
        if (stated.Any(f => f?.Amount is null) || stated.Select(f => f!.Amount!.Value.Value).Distinct().Count() > 1) return null;
        return stated[0];
    }

    /// <summary>
    /// “收入总计2,538.60万元，支出总计2,538.60万元，与上年相比收、支预算总计各增加…”, “财政拨款收、支总预算2,418.60万元。与上年相比，财政拨款
    /// 收、支总计各增加…”: a change of the total of both sides named otherwise than the totals were stated (list-leads.json, sides) is of the
    /// totals of its scope stated before in its paragraph — of both sides at once, or of each with one amount; totals stated with different
    /// amounts have no one rate.
    /// </summary>
    private static NarrativeFact? SidesTotal(IReadOnlyList<NarrativeFact> facts, int i, NarrativeFact change)
    {
        var sides = ListLeads.Default.Sides;
        if (sides.AroundBoth(change.Key) is not var (scope, rest) || !sides.IsTotal(rest)) return null;
        var totals = Before(facts, i).TakeWhile(f => f.Paragraph == change.Paragraph).Where(f =>
            f.Kind == FactKind.Amount && f.Whole is null && f.Amount is not null && f.Key.StartsWith(scope, StringComparison.Ordinal)
            && sides.Names.Any(side => sides.IsTotalOf(f.Key[scope.Length..], side))).ToList();
        return totals.Count > 0 && totals.Select(f => f.Amount!.Value.Value).Distinct().Count() == 1 ? totals[0] : null;
    }

    /// <summary>
    /// “收支预算总计” (收、支 together) changed as 收入 and 支出 did: the name after the word of both sides (“预算总计”; list-leads.json,
    /// sides.both), in an amount whose name begins with the scope before it (“财政拨款收、支总计各增加…” of “财政拨款收入支出决算总计…”).
    /// A key that is nothing but that word is a name of its own.
    /// </summary>
    private static (string Scope, string Key) BothSides(string key) =>
        ListLeads.Default.Sides.AroundBoth(key) is var (scope, rest) && scope.Length + rest.Length > 0 ? (scope, rest) : (string.Empty, key);

    private static void ResolveShare(IReadOnlyList<NarrativeFact> facts, int i, NarrativeFact share)
    {
        var part = share.Subject;
        if (part is null) return;
        if (string.IsNullOrEmpty(share.Base))
        {
            if (part.Whole is not null)
            {
                if (part.InBracket && part.Whole.WholeBy == "breakdown" && part.Whole.Whole is { } outer) Attach(share, outer, "bracket");
                else Attach(share, part.Whole, "breakdown");
                return;
            }
            // “。其中，货物类…占20.40%；服务类…占79.60%”: every amount of the sentence is a part of the previous one's.
            if (share.Sentence.StartsWith("其中", StringComparison.Ordinal)) return;
            // ““三公”经费财政拨款支出决算中，因公出国（境）费…占0%；…”: the whole the sentence opens with, stated before.
            if (ShareBases.Default.LeadOf(share.Sentence) is { } lead)
            {
                if (Before(facts, i).Where(f => f.Sentence != share.Sentence).Select(f => Stated(f, lead)).FirstOrDefault(f => f is not null) is { } stated)
                    Attach(share, stated, "lead");
                return;
            }
            // “（二）结构情况：交通运输（类）支出…，占90.04%；…”, “从支出结构看，…”: the amount its section stated first, in an earlier
            // sentence of its paragraph or in the paragraph before (further back the whole is no longer the one the shares are of).
            if (ShareBases.Default.OpensWithPartHeading(share.Sentence))
            {
                if (facts.Take(i).FirstOrDefault(f => f.Kind == FactKind.Amount && f.Section == share.Section && f.Sentence != share.Sentence) is { } first
                    && first.Paragraph >= share.Paragraph - 1)
                    Attach(share, first, "lead");
                return;
            }
            // “基本支出1500万元，占75%；项目支出500万元，占25%”: an opening amount with a share of its own is an item, not the whole.
            var opening = facts.FirstOrDefault(f => f.Paragraph == share.Paragraph && f.Sentence == share.Sentence && f.Kind == FactKind.Amount);
            if (opening is not null && opening != part && !HasUnnamedShare(facts, opening)) Attach(share, opening, "subject");
            // “（二）支出决算结构情况” over a paragraph of such items (河南): their whole is the first amount of the paragraph before.
            else if (ShareBases.Default.IsPartTitle(share.Section) && facts.Take(i).FirstOrDefault(f => f.Kind == FactKind.Amount && f.Paragraph == share.Paragraph - 1 && f.Whole is null) is { } before)
                Attach(share, before, "lead");
            return;
        }
        foreach (var candidate in new[] { part }.Concat(share.Alternatives))
        {
            for (var w = candidate.Whole; w is not null; w = w.Whole)
            {
                if (!ShareBases.Default.Names(w.Key, share.Base) && !(w.Sentence == share.Sentence && ShareBases.Default.Shortens(w.Key, share.Base))) continue;
                // “…服务支出300万元；授予中小企业合同金额850万元，占政府采购支出总额的85%，其中授予小微企业…，占政府采购支出总额的60%”:
                // an amount outside the list (after it, or in a list of its own) names the list's whole as its base; it is no part of it.
                Attach(share, w, candidate == part || candidate.Whole == part.Whole ? "breakdown" : "name");
                return;
            }
        }
        var named = Before(facts, i).Select(f => Stated(f, share.Base)).FirstOrDefault(f => f is not null && f != part);
        if (named is not null) Attach(share, named, "name");
    }

    /// <summary>
    /// The amount <paramref name="fact"/> states of the base <paramref name="named"/>: an amount of that name, or the 决算 of a
    /// completion of that name (““三公”经费财政拨款支出预算为9.50万元，决算为7.82万元，完成预算的83.22%”); else null.
    /// </summary>
    private static NarrativeFact? Stated(NarrativeFact fact, string named) => fact.Kind switch
    {
        FactKind.Amount when ShareBases.Default.Names(fact.Key, named) => fact,
        FactKind.Completion when fact.Subject is { Kind: FactKind.Amount, Amount: not null } spent && ShareBases.Default.Names(fact.Key, named) => spent,
        _ => null,
    };

    private static bool HasUnnamedShare(IReadOnlyList<NarrativeFact> facts, NarrativeFact amount) =>
        facts.Any(f => f.Kind == FactKind.Share && f.Subject == amount && string.IsNullOrEmpty(f.Base));

    private static void Attach(NarrativeFact share, NarrativeFact whole, string by)
    {
        share.Whole = whole;
        share.WholeBy = by;
    }

    /// <summary>
    /// “公务用车运行维护费28.80万元。…截至年末，公务用车保有量为12辆，车均运行维护费2.40万元”: an average with no amount before it
    /// in its sentence is of the section's last amount that it names without its average word (“运行维护费”).
    /// </summary>
    private static NarrativeFact? AveragedAmount(IReadOnlyList<NarrativeFact> facts, int i, NarrativeFact average)
    {
        var named = QuantityKeys.Normalize(LabelWords.Default.WithoutAverage(average.Quantity));
        return named.Length < 2 ? null : Before(facts, i).TakeWhile(f => f.Section == average.Section)
            .FirstOrDefault(f => f.Kind == FactKind.Amount && f.Key.Contains(named, StringComparison.Ordinal));
    }

    private static IEnumerable<NarrativeFact> Before(IReadOnlyList<NarrativeFact> facts, int i)
    {
        for (var j = i - 1; j >= 0; j--) yield return facts[j];
    }
}
