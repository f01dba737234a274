using ParIndex.App.Data;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Scoring;

namespace ParIndex.App.Features.Assessment;

/// <summary>
/// A submission's inputs per leaf at a stage of the cycle: the unit's own; the appraised ones (the unit's where the
/// appraisers did not adjust); or the final ones (an accepted appeal's decision over the appraisal).
/// </summary>
public static class SubmissionInputs
{
    public static LeafInput[] At(CompiledFramework framework, int submissionId, IReadOnlyDictionary<(int, string, ScoreStage), ScoreEntry> latest, ScoreStage stage)
    {
        var inputs = new LeafInput[framework.LeafNodes.Length];
        for (var leaf = 0; leaf < inputs.Length; leaf++)
        {
            var code = framework.Nodes[framework.LeafNodes[leaf]].Code;
            var entry = Latest(latest, submissionId, code, stage);
            inputs[leaf] = entry is null ? LeafInput.Missing : InputText.Parse(entry.Input, framework.Rules[leaf]).Input;
        }
        return inputs;
    }

    /// <summary>The entry in force at a stage: the stage's own, else the one before it.</summary>
    public static ScoreEntry? Latest(IReadOnlyDictionary<(int, string, ScoreStage), ScoreEntry> latest, int submissionId, string code, ScoreStage stage)
    {
        for (var s = stage; s >= ScoreStage.SelfAssessed; s--)
            if (latest.TryGetValue((submissionId, code, s), out var entry)) return entry;
        return null;
    }
}
