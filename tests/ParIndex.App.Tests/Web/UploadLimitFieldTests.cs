using System.Text;
using ParIndex.Web;

namespace ParIndex.App.Tests.Web;

/// <summary>
/// A form over its size limit is read through to answer with its page; its text fields are kept only within a budget,
/// and a field beyond it is dropped after reading no more than the budget (and one chunk) of it — a hostile field of
/// hundreds of megabytes is never held in memory.
/// </summary>
public sealed class UploadLimitFieldTests
{
    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task A_field_within_the_budget_is_kept_as_typed()
    {
        Assert.Equal("Quyết định 31/QĐ-SNV", await UploadLimit.TextWithinAsync(Utf8("Quyết định 31/QĐ-SNV"), 100, CancellationToken.None));
        Assert.Equal("", await UploadLimit.TextWithinAsync(Utf8(""), 0, CancellationToken.None));
    }

    [Fact]
    public async Task A_field_beyond_the_budget_is_dropped_without_being_read_whole()
    {
        using var field = Utf8(new string('a', 2_000_000));
        Assert.Null(await UploadLimit.TextWithinAsync(field, 5_000, CancellationToken.None));
        // Read 5,000 characters and at most two 4,096-byte buffers more, not the 2,000,000 bytes.
        Assert.InRange(field.Position, 5_000, 5_000 + 2 * 4_096);
        Assert.Null(await UploadLimit.TextWithinAsync(Utf8("mười một ký"), 10, CancellationToken.None));
    }
}
