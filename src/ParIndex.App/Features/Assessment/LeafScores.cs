using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;

namespace ParIndex.App.Features.Assessment;

/// <summary>The latest version of every leaf's score at every stage for a set of submissions.</summary>
public static class LeafScores
{
    public static async Task<Dictionary<(int Submission, string Leaf, ScoreStage Stage), ScoreEntry>> LatestAsync(AppDbContext db, IReadOnlyCollection<int> submissions, CancellationToken ct)
    {
        var rows = await db.Scores.AsNoTracking().Where(s => submissions.Contains(s.SubmissionId)).ToListAsync(ct);
        return rows.GroupBy(r => (r.SubmissionId, r.LeafCode, r.Stage)).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Version)!);
    }

    public static async Task<ScoreEntry?> LatestAsync(AppDbContext db, int submission, string leaf, ScoreStage stage, CancellationToken ct) =>
        await db.Scores.AsNoTracking()
            .Where(s => s.SubmissionId == submission && s.LeafCode == leaf && s.Stage == stage)
            .OrderByDescending(s => s.Version).FirstOrDefaultAsync(ct);
}
