using System.Text;

namespace FiscalAudit.Ingest.Office.Xlsx;

/// <summary>Kinds of pieces of one section of an Excel number format code.</summary>
internal enum FormatTokenKind
{
    Literal,
    Digit,
    Point,
    Comma,
    Percent,
    General,
    Date,
    AmPm,
    Unsupported,
}

/// <summary>One piece of a format section: a literal, a digit placeholder ('0', '#', '?') or a date part ("yyyy", "mm").</summary>
internal readonly record struct FormatToken(FormatTokenKind Kind, string Text);

/// <summary>
/// Splits a format code into sections (positive;negative;zero;text) and a section into tokens:
/// quoted and escaped literals, "_x" padding (a space), "*x" fills (dropped), [$¥-804] currency
/// literals; colours and locales are dropped; conditions, fractions and exponents are unsupported.
/// </summary>
internal static class FormatSection
{
    public static List<string> Split(string code)
    {
        var sections = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"') quoted = !quoted;
            if (!quoted && c == '\\' && i + 1 < code.Length)
            {
                current.Append(c).Append(code[++i]);
                continue;
            }
            if (!quoted && c == ';')
            {
                sections.Add(current.ToString());
                current.Clear();
                continue;
            }
            current.Append(c);
        }
        sections.Add(current.ToString());
        return sections;
    }

    public static List<FormatToken> Tokenize(string section)
    {
        var tokens = new List<FormatToken>();
        var seenDigit = false;
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            switch (c)
            {
                case '"':
                    var close = section.IndexOf('"', i + 1);
                    if (close < 0) close = section.Length;
                    tokens.Add(new(FormatTokenKind.Literal, section[(i + 1)..close]));
                    i = close;
                    break;
                case '\\':
                    if (i + 1 < section.Length) tokens.Add(new(FormatTokenKind.Literal, section[++i].ToString()));
                    break;
                case '_':
                    tokens.Add(new(FormatTokenKind.Literal, " "));
                    i++;
                    break;
                case '*':
                    i++;
                    break;
                case '[':
                    var end = section.IndexOf(']', i + 1);
                    if (end < 0) end = section.Length;
                    tokens.Add(Bracket(section[(i + 1)..end]));
                    i = end;
                    break;
                case '0' or '#' or '?':
                    tokens.Add(new(FormatTokenKind.Digit, c.ToString()));
                    seenDigit = true;
                    break;
                case '.':
                    tokens.Add(new(FormatTokenKind.Point, "."));
                    break;
                case ',':
                    tokens.Add(new(FormatTokenKind.Comma, ","));
                    break;
                case '%':
                    tokens.Add(new(FormatTokenKind.Percent, "%"));
                    break;
                case 'E' or 'e' when i + 1 < section.Length && section[i + 1] is '+' or '-':
                case '/' when seenDigit:
                    tokens.Add(new(FormatTokenKind.Unsupported, c.ToString()));
                    break;
                default:
                    i = Word(section, i, tokens) - 1;
                    break;
            }
        }
        return tokens;
    }

    private static FormatToken Bracket(string content)
    {
        if (content.StartsWith('$'))
        {
            var dash = content.IndexOf('-');
            return new(FormatTokenKind.Literal, dash < 0 ? content[1..] : content[1..dash]);
        }
        if (content.Length > 0 && content[0] is '<' or '>' or '=') return new(FormatTokenKind.Unsupported, content);
        if (content.Length > 0 && content.All(ch => char.ToLowerInvariant(ch) is 'h' or 'm' or 's')) return new(FormatTokenKind.Date, content.ToLowerInvariant());
        return new(FormatTokenKind.Literal, string.Empty);
    }

    /// <summary>Reads "General", "AM/PM", "上午/下午", a run of a date letter, or one literal character; returns the next index.</summary>
    private static int Word(string section, int i, List<FormatToken> tokens)
    {
        foreach (var (word, kind) in new[] { ("General", FormatTokenKind.General), ("AM/PM", FormatTokenKind.AmPm), ("上午/下午", FormatTokenKind.AmPm), ("A/P", FormatTokenKind.AmPm) })
        {
            if (string.Compare(section, i, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                tokens.Add(new(kind, word));
                return i + word.Length;
            }
        }
        var letter = char.ToLowerInvariant(section[i]);
        if (letter is 'y' or 'm' or 'd' or 'h' or 's')
        {
            var j = i;
            while (j < section.Length && char.ToLowerInvariant(section[j]) == letter) j++;
            tokens.Add(new(FormatTokenKind.Date, new string(letter, j - i)));
            return j;
        }
        tokens.Add(new(FormatTokenKind.Literal, section[i].ToString()));
        return i + 1;
    }
}
