using System.Text.Json;
using System.Text.Json.Serialization;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Model.Evaluation;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>The words of target and actual cells (<see cref="TargetParser"/>), loaded from target-words.json (embedded), where each is described.</summary>
internal sealed class TargetWords
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true, Converters = { new JsonStringEnumConverter() } };

    public static TargetWords Default { get; } = EmbeddedJson.Load<TargetWords>(typeof(TargetWords).Assembly, "target-words.json", Options);

    /// <summary>Marks and words before a target's number and the operator they state, first listed first.</summary>
    public List<OperatorMark> Operators { get; init; } = new();

    public List<string> AtLeastAfter { get; init; } = new();

    public List<string> AtMostAfter { get; init; } = new();

    public List<string> PercentUnits { get; init; } = new();


    /// <summary>The operator the text before a number states: the first listed mark it holds; Plain for none.</summary>
    public TargetOperator OperatorBefore(string before) =>
        Operators.FirstOrDefault(o => before.Contains(o.Mark, StringComparison.Ordinal))?.Operator ?? TargetOperator.Plain;

    /// <summary>The operator a word after the number states (“以上”, “以内”), for a target with none before it.</summary>
    public TargetOperator OperatorAfter(string after) =>
        AtLeastAfter.Any(w => after.Contains(w, StringComparison.Ordinal)) ? TargetOperator.AtLeast
        : AtMostAfter.Any(w => after.Contains(w, StringComparison.Ordinal)) ? TargetOperator.AtMost
        : TargetOperator.Plain;

    /// <summary>The unit without the words after a number that state an operator.</summary>
    public string WithoutOperatorWords(string unit) =>
        AtLeastAfter.Concat(AtMostAfter).Aggregate(unit, (u, w) => u.Replace(w, string.Empty, StringComparison.Ordinal));
}

/// <summary>A mark or word before a target's number and the operator it states.</summary>
internal sealed class OperatorMark
{
    public string Mark { get; init; } = string.Empty;

    public TargetOperator Operator { get; init; }
}
