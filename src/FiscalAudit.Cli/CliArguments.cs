namespace FiscalAudit.Cli;

/// <summary>Parsed command line: a command, positional arguments and options.</summary>
public sealed class CliArguments
{
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "--explain", "--help", "-h" };

    public string Command { get; private init; } = "help";

    public List<string> Paths { get; } = new();

    public Dictionary<string, List<string>> Options { get; } = new(StringComparer.Ordinal);

    public string? Option(string name) => Options.TryGetValue(name, out var v) ? v[^1] : null;

    public IEnumerable<string> All(string name) => Options.TryGetValue(name, out var v) ? v : Enumerable.Empty<string>();

    public bool Has(string name) => Options.ContainsKey(name);

    /// <summary>Parses; throws <see cref="UsageException"/> with a Chinese message for bad input.</summary>
    public static CliArguments Parse(string[] args)
    {
        if (args.Length == 0) return new CliArguments();
        var parsed = new CliArguments { Command = args[0] is "-h" or "--help" ? "help" : args[0] };
        for (var i = 1; i < args.Length; i++)
        {
            var a = args[i];
            if (!a.StartsWith('-') || a == "-")
            {
                parsed.Paths.Add(a);
                continue;
            }
            string name = a, value;
            var eq = a.IndexOf('=');
            if (eq > 0)
            {
                name = a[..eq];
                value = a[(eq + 1)..];
            }
            else if (Flags.Contains(a))
            {
                value = "true";
            }
            else
            {
                if (i + 1 >= args.Length) throw new UsageException($"选项 {a} 缺少取值。");
                value = args[++i];
            }
            if (!parsed.Options.TryGetValue(name, out var list)) parsed.Options[name] = list = new List<string>();
            list.Add(value);
        }
        return parsed;
    }
}

/// <summary>Wrong arguments; the message is Chinese and printed as is (exit 2).</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }
}
