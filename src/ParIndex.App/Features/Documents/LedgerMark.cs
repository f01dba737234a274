using System.Security.Cryptography;
using System.Text;
using ParIndex.App.Data;
using ParIndex.Domain.Numbers;

namespace ParIndex.App.Features.Documents;

/// <summary>
/// What a printed document's scores were read from: the score ledger's entries it used, named by their last entry
/// and a SHA-256 over every one (submission, leaf, stage, version, input, points), so a printed page can be matched
/// with the ledger it came from. The ledger is append-only: the same entries always give the same mark.
/// </summary>
internal static class LedgerMark
{
    public static string Hash(IEnumerable<ScoreEntry> entries)
    {
        var lines = entries
            .OrderBy(e => e.SubmissionId).ThenBy(e => e.LeafCode, StringComparer.Ordinal).ThenBy(e => e.Stage).ThenBy(e => e.Version)
            .Select(e => $"{e.SubmissionId}|{e.LeafCode}|{e.Stage}|{e.Version}|{e.Input}|{NumberText.Invariant(e.Points)}\n");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(lines))));
    }

    /// <summary>"Sổ điểm: 67 bút toán, mới nhất số 1234 lúc 12/03/2026 14:00; SHA-256 …".</summary>
    public static string Describe(IReadOnlyCollection<ScoreEntry> entries)
    {
        if (entries.Count == 0) return "Sổ điểm: chưa có bút toán nào";
        var last = entries.MaxBy(e => e.Id)!;
        return $"Sổ điểm: {entries.Count} bút toán, mới nhất số {last.Id} lúc {OfficialDocument.When(last.At)}; SHA-256 {Hash(entries)}";
    }
}
