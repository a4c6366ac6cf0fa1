using System.Text;

namespace FiscalAudit.Web.Application.Organisation;

/// <summary>Names as they are compared: without spaces and line breaks, residue (单位：万元) removed, full-width brackets as half-width.</summary>
public static class UnitNames
{
    private static readonly char[] AliasSeparators = ['；', ';', '、', '\n'];

    public static string Normalise(string? printed)
    {
        var text = new StringBuilder();
        foreach (var c in printed ?? "")
        {
            if (char.IsWhiteSpace(c)) continue;
            text.Append(c switch { '（' => '(', '）' => ')', _ => c });
        }
        var result = text.ToString();
        foreach (var residue in OrgVocabulary.Shared.Residue) result = residue.Replace(result, "");
        return result;
    }

    /// <summary>The aliases of an import cell or a form field (separated by ；, ;, 、 or line breaks), trimmed, without blanks or repeats.</summary>
    public static IReadOnlyList<string> SplitAliases(string? aliases) =>
        (aliases ?? "").Split(AliasSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();

    /// <summary>The stored form of aliases: one a line.</summary>
    public static string JoinAliases(IEnumerable<string> aliases) => string.Join('\n', aliases);
}
