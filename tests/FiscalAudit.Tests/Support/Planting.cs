namespace FiscalAudit.Tests.Support;

/// <summary>Errors planted in a clean fixture's text, the way the tests make their planted variants.</summary>
public static class Planting
{
    /// <summary><paramref name="text"/> (the fixture <paramref name="name"/>) with each (right, wrong) made once, at the first place it is printed.</summary>
    public static string Planted(string text, string name, IEnumerable<(string Right, string Wrong)> plants)
    {
        foreach (var (right, wrong) in plants)
        {
            var at = text.IndexOf(right, StringComparison.Ordinal);
            Assert.True(at >= 0, $"“{right}” is not in {name}");
            text = string.Concat(text.AsSpan(0, at), wrong, text.AsSpan(at + right.Length));
        }
        return text;
    }
}
