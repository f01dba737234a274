namespace ParIndex.App.Audit;

/// <summary>
/// The first place where the audit log is broken: the stream (or <see cref="Seals"/>), the id of the entry or seal, its
/// place in its stream or in the seals (from 1), and what is wrong.
/// </summary>
public sealed record AuditBreak(string Stream, long EntryId, long Position, string Problem)
{
    public const string Seals = "(seals)";

    public override string ToString() => Stream == Seals
        ? $"Chuỗi niêm phong hỏng ở niêm phong {EntryId} (vị trí {Position}) / The seals are broken at seal id {EntryId} (position {Position}): {Problem}"
        : $"Nhật ký bị sửa ở dòng {Stream}, mục {EntryId} (vị trí {Position}) / The audit log is broken in stream {Stream} at entry id {EntryId} (position {Position}): {Problem}";
}
