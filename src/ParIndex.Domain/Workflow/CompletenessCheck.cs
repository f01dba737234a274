using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Domain.Workflow;

/// <summary>Whether a unit has answered everything it must before its leader can submit.</summary>
public static class CompletenessCheck
{
    /// <summary>
    /// Checks a unit's inputs, one per leaf ordinal. A leaf is answered unless its input is
    /// <see cref="InputKind.Missing"/> (not applicable is an answer). A leaf whose
    /// <see cref="FrameworkNode.Evidence"/> is required needs evidence or an explanation unless it is not applicable;
    /// a missing input does not excuse it, so such a leaf is listed both as unanswered and as missing evidence.
    /// </summary>
    /// <param name="hasEvidence">Whether the leaf (by ordinal) has at least one evidence document attached.</param>
    /// <param name="hasExplanation">Whether the unit wrote an explanation for the leaf's missing evidence.</param>
    public static Completeness Check(CompiledFramework framework, IReadOnlyList<LeafInput> inputs, Func<int, bool> hasEvidence, Func<int, bool> hasExplanation)
    {
        if (inputs.Count != framework.LeafNodes.Length)
            throw new ArgumentException(
                $"Expected {framework.LeafNodes.Length} inputs, got {inputs.Count} (a programming error, never a reader's)",
                nameof(inputs));

        var unanswered = new List<string>();
        var missingEvidence = new List<string>();
        for (var leaf = 0; leaf < framework.LeafNodes.Length; leaf++)
        {
            // Survey-derived points come from the sociological survey, never from the unit.
            if (framework.Rules[leaf] is SurveyRule) continue;

            var node = framework.Nodes[framework.LeafNodes[leaf]];
            var kind = inputs[leaf].Kind;
            if (kind == InputKind.Missing) unanswered.Add(node.Code);
            if (node.Evidence is { Required: true } && kind != InputKind.NotApplicable && !hasEvidence(leaf) && !hasExplanation(leaf))
                missingEvidence.Add(node.Code);
        }
        return new Completeness(unanswered, missingEvidence);
    }
}
