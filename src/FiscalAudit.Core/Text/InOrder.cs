namespace FiscalAudit.Core.Text;

/// <summary>Where the characters of a short text stand in a longer one, in their order (“疾控” in “疾病预防控制”): how an abbreviation keeps its full name's characters.</summary>
public static class InOrder
{
    /// <summary>The index in <paramref name="full"/> of each character of <paramref name="part"/>, each after the one before; null when a character is not found so.</summary>
    public static IReadOnlyList<int>? Positions(string part, string full)
    {
        var found = new List<int>(part.Length);
        var at = 0;
        foreach (var c in part)
        {
            at = full.IndexOf(c, at) + 1;
            if (at == 0) return null;
            found.Add(at - 1);
        }
        return found;
    }
}
