using ParIndex.Domain.Messages;
using ParIndex.Domain.Numbers;
using ParIndex.Domain.Text;

namespace ParIndex.Domain.Scoring.Rules;

/// <summary>Graded options: the unit picks one option and gets its points (e.g. on time 1 / late 0.5 / none 0).</summary>
public sealed record OptionsRule(IReadOnlyList<ScoreOption> Options) : ScoringRule
{
    public override string Kind => "options";

    public override InputKind Accepts => InputKind.Option;

    public ScoreOption? Find(string? key)
    {
        for (var i = 0; i < Options.Count; i++)
            if (string.Equals(Options[i].Key, key, StringComparison.OrdinalIgnoreCase)) return Options[i];
        return null;
    }

    /// <summary>The option with this key, or else with this label (Vietnamese or English), as people type it.</summary>
    public ScoreOption? Match(string text) =>
        Find(text) ?? Options.FirstOrDefault(o => string.Equals(o.Label, text, StringComparison.OrdinalIgnoreCase) || string.Equals(o.LabelEn, text, StringComparison.OrdinalIgnoreCase));

    public override IEnumerable<string> Problems(decimal max)
    {
        if (Options.Count == 0)
        {
            yield return "an options rule needs at least one option";
            yield break;
        }
        foreach (var key in Options.GroupBy(o => o.Key, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key))
            yield return $"option key '{Excerpt.Of(key)}' is used more than once";
        foreach (var o in Options.Where(o => string.IsNullOrWhiteSpace(o.Key)))
            yield return $"option '{Excerpt.Of(o.Label)}' has no key";
        foreach (var o in Options.Where(o => o.Points < 0 || o.Points > max))
            yield return $"option '{Excerpt.Of(o.Key)}' gives {NumberText.Invariant(o.Points)} points, outside 0–{NumberText.Invariant(max)}";
        if (Options.Max(o => o.Points) < max)
            yield return $"no option gives the full {NumberText.Invariant(max)} points";
    }

    protected override Message? RejectAccepted(in LeafInput input, decimal max) =>
        Find(input.Key) is null ? InputMessages.NotAnOption(input.Key, [.. Options.Select(o => new Choice(o.Label, o.LabelEn))]) : null;

    protected override decimal ScoreAccepted(in LeafInput input, decimal max) => Find(input.Key)!.Points;

    protected override Explanation ExplainAccepted(in LeafInput input, decimal max, decimal points)
    {
        var option = Find(input.Key)!;
        return new($"Chọn \"{option.Label}\" → {PointsVi(points)} (tối đa {NumberText.Vi(max)})",
                   $"Chose \"{option.LabelEn ?? option.Label}\" → {PointsEn(points)} of {NumberText.Invariant(max)}");
    }
}
