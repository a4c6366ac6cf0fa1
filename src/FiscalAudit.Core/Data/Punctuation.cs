using System.Text.Json;

namespace FiscalAudit.Core.Data;

/// <summary>The sets of punctuation that tell sentences, clauses and list items apart, one of each: punctuation.json.</summary>
public static class Punctuation
{
    private static readonly File Sets = EmbeddedJson.Load<File>(
        typeof(Punctuation).Assembly, "punctuation.json", new JsonSerializerOptions { PropertyNameCaseInsensitive = true });

    /// <summary>What ends a sentence: “。；！？” and their ASCII forms.</summary>
    public static char[] SentenceEnds { get; } = Sets.SentenceEnds.ToCharArray();

    /// <summary>What only running text holds, no title or heading: the sentence ends, commas and colons.</summary>
    public static char[] SentencePunctuation { get; } = Sets.SentencePunctuation.ToCharArray();

    /// <summary>What separates the clauses of a line of text, enumeration commas included: a line holding one is text, no heading, caption or name.</summary>
    public static char[] ClausePunctuation { get; } = Sets.ClausePunctuation.ToCharArray();

    /// <summary>Where a clause of a narrative sentence ends: “，；。：” and their ASCII forms.</summary>
    public static string ClauseBreaks { get; } = Sets.ClauseBreaks;

    /// <summary>Where an item of a list separated by semicolons ends: “；” and “。”.</summary>
    public static string ItemEnds { get; } = Sets.ItemEnds;

    private sealed class File
    {
        public string SentenceEnds { get; init; } = string.Empty;

        public string SentencePunctuation { get; init; } = string.Empty;

        public string ClausePunctuation { get; init; } = string.Empty;

        public string ClauseBreaks { get; init; } = string.Empty;

        public string ItemEnds { get; init; } = string.Empty;
    }
}
