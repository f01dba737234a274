using ParIndex.Domain.Messages;
using ParIndex.Domain.Numbers;

namespace ParIndex.Domain.Scoring.Rules;

/// <summary>Deduction per occurrence with a floor: max − perOccurrence × count, never below the floor.</summary>
public sealed record DeductionRule(decimal PerOccurrence, decimal Floor = 0m) : ScoringRule
{
    public override string Kind => "deduction";

    public override InputKind Accepts => InputKind.Count;

    public override IEnumerable<string> Problems(decimal max)
    {
        if (PerOccurrence <= 0) yield return "perOccurrence must be greater than 0";
        if (PerOccurrence > MaxPoints) yield return $"perOccurrence must be at most {NumberText.Invariant(MaxPoints)}";
        if (Floor < 0 || Floor > max) yield return $"floor {NumberText.Invariant(Floor)} is outside 0–{NumberText.Invariant(max)}";
    }

    protected override Message? RejectAccepted(in LeafInput input, decimal max) => RejectCount(input);

    protected override decimal ScoreAccepted(in LeafInput input, decimal max) => Math.Max(max - PerOccurrence * input.Value, Floor);

    protected override Explanation ExplainAccepted(in LeafInput input, decimal max, decimal points)
    {
        var raw = max - PerOccurrence * input.Value;
        var (floorVi, floorEn) = raw < Floor
            ? ($", không thấp hơn mức sàn {NumberText.Vi(Floor)}", $", not below the floor of {NumberText.Invariant(Floor)}")
            : ("", "");
        return new($"{NumberText.Vi(max)} − {NumberText.Vi(PerOccurrence)} × {input.Value} trường hợp{floorVi} → {PointsVi(points)}",
                   $"{NumberText.Invariant(max)} − {NumberText.Invariant(PerOccurrence)} × {input.Value} occurrence(s){floorEn} → {PointsEn(points)}");
    }
}
