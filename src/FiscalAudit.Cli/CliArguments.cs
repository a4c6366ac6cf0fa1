namespace FiscalAudit.Cli;

/// <summary>Parsed command line of one command: positional arguments and options.</summary>
public sealed class CliArguments
{
    private CliArguments(CommandSpec spec)
    {
        Spec = spec;
    }

    public CommandSpec Spec { get; }

    public List<string> Paths { get; } = new();

    public Dictionary<string, List<string>> Options { get; } = new(StringComparer.Ordinal);

    public bool WantsHelp => CommandSpec.HelpFlags.Any(Options.ContainsKey);

    public string? Option(string name) => Options.TryGetValue(name, out var v) ? v[^1] : null;

    public IEnumerable<string> All(string name) => Options.TryGetValue(name, out var v) ? v : Enumerable.Empty<string>();

    public bool Has(string name) => Options.ContainsKey(name);

    /// <summary>
    /// Parses the arguments after the command name against its spec; an unknown option or a missing
    /// value throws <see cref="UsageException"/> naming the option, with the command's usage.
    /// </summary>
    public static CliArguments Parse(CommandSpec spec, IReadOnlyList<string> args)
    {
        var parsed = new CliArguments(spec);
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (!a.StartsWith('-') || a == "-")
            {
                parsed.Paths.Add(a);
                continue;
            }
            var eq = a.IndexOf('=');
            var name = eq > 0 ? a[..eq] : a;
            if (!spec.Knows(name)) throw new UsageException($"{spec.Name} 不认识选项“{name}”。", spec.Usage);
            string value;
            if (spec.IsFlag(name))
            {
                if (eq > 0) throw new UsageException($"选项 {name} 不带取值，收到“{a}”。", spec.Usage);
                value = "true";
            }
            else if (eq > 0)
            {
                value = a[(eq + 1)..];
            }
            else
            {
                if (i + 1 >= args.Count || (args[i + 1].StartsWith("--", StringComparison.Ordinal) && spec.Knows(args[i + 1].Split('=')[0])))
                    throw new UsageException($"选项 {name} 缺少取值。", spec.Usage);
                value = args[++i];
            }
            if (value.Length == 0 && !spec.IsFlag(name)) throw new UsageException($"选项 {name} 的取值为空。", spec.Usage);
            if (!parsed.Options.TryGetValue(name, out var list)) parsed.Options[name] = list = new List<string>();
            list.Add(value);
        }
        return parsed;
    }
}

/// <summary>Wrong arguments; the message is Chinese and printed with the usage (exit 2).</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message, string? usage = null)
        : base(message)
    {
        Usage = usage;
    }

    /// <summary>The usage of the command that was misused; null for the general usage.</summary>
    public string? Usage { get; }
}
