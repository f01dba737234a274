using ParIndex.Domain.Evidence;
using ParIndex.Domain.Messages;

namespace ParIndex.Domain.Tests.Evidence;

public sealed class ProofPlaceTests
{
    [Theory]
    [InlineData("3", "3", 3)]
    [InlineData("3-5", "3–5", 3)]
    [InlineData(" 3 – 5 ", "3–5", 3)]
    [InlineData("3—5", "3–5", 3)]
    [InlineData("3,7", "3, 7", 3)]
    [InlineData("12; 3-4 ,7", "12, 3–4, 7", 12)]
    [InlineData("5-5", "5", 5)]
    [InlineData("2,5", "2, 5", 2)]
    public void Pages_are_read_as_people_write_them_and_kept_one_way(string typed, string kept, int first)
    {
        var (place, problems) = ProofPlace.Read(typed, null);
        Assert.Empty(problems);
        Assert.Equal(kept, place!.Pages);
        Assert.Equal(first, place.FirstPage);
        Assert.Null(place.Section);
    }

    [Fact]
    public void Nothing_typed_cites_nothing()
    {
        var (place, problems) = ProofPlace.Read("  ", " ");
        Assert.Empty(problems);
        Assert.True(place!.IsEmpty);
        Assert.Null(place.FirstPage);
        Assert.Null(place.Shown);
    }

    [Fact]
    public void The_place_reads_trang_3_5_Dieu_5()
    {
        var (place, _) = ProofPlace.Read("3-5", " Điều 5 ");
        Assert.Equal("Điều 5", place!.Section);
        Assert.Equal("trang 3–5, Điều 5", place.Shown!.In(Language.Vi));
        Assert.Equal("pages 3–5, Điều 5", place.Shown!.In(Language.En));
        Assert.Equal("trang 7", ProofPlace.Read("7", null).Place!.Shown!.In(Language.Vi));
        Assert.Equal("mục II.2", ProofPlace.Read(null, "mục II.2").Place!.Shown!.In(Language.Vi));
    }

    [Theory]
    [InlineData("ba", "“ba” không phải số trang; ghi ví dụ 3, 3–5 hoặc 3, 7")]
    [InlineData("3-", "“3-” không phải số trang; ghi ví dụ 3, 3–5 hoặc 3, 7")]
    [InlineData("3-4-5", "“3-4-5” không phải số trang; ghi ví dụ 3, 3–5 hoặc 3, 7")]
    [InlineData("0", "Số trang bắt đầu từ 1")]
    [InlineData("9-4", "Khoảng trang 9–4 bị ngược: trang đầu phải nhỏ hơn trang cuối")]
    [InlineData("100001", "“100001” không phải số trang; ghi ví dụ 3, 3–5 hoặc 3, 7")]
    public void A_wrong_page_is_refused_with_what_to_write(string typed, string says)
    {
        var (place, problems) = ProofPlace.Read(typed, null);
        Assert.Null(place);
        Assert.Equal(says, Assert.Single(problems).In(Language.Vi));
    }

    [Fact]
    public void Every_problem_is_listed_at_once()
    {
        var (place, problems) = ProofPlace.Read("x, 0, 8-2", new string('a', 101));
        Assert.Null(place);
        Assert.Equal(
        [
            "“x” không phải số trang; ghi ví dụ 3, 3–5 hoặc 3, 7",
            "Số trang bắt đầu từ 1",
            "Khoảng trang 8–2 bị ngược: trang đầu phải nhỏ hơn trang cuối",
            "Mục, điều dài quá 100 ký tự",
        ], problems.Select(p => p.In(Language.Vi)));
    }

    [Fact]
    public void At_most_twenty_parts()
    {
        Assert.Empty(ProofPlace.Read(string.Join(",", Enumerable.Range(1, 20)), null).Problems);
        Assert.Equal("Ghi tối đa 20 trang hoặc khoảng trang", Assert.Single(ProofPlace.Read(string.Join(",", Enumerable.Range(1, 21)), null).Problems).In(Language.Vi));
    }
}
