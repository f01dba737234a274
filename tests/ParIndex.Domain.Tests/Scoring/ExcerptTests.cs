using ParIndex.Domain.Messages;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;
using ParIndex.Domain.Text;

namespace ParIndex.Domain.Tests.Scoring;

/// <summary>A bad value is named by its first 60 characters and its length, never whole.</summary>
public sealed class ExcerptTests
{
    [Fact]
    public void A_short_value_is_shown_whole_and_a_long_one_by_its_beginning_and_length()
    {
        Assert.Equal("95 phần trăm", Excerpt.Of("95 phần trăm"));
        Assert.Equal(new string('x', 60) + "… (1000000 ký tự / characters)", Excerpt.Of(new string('x', 1_000_000)));
        // A surrogate pair is never cut in half: 59 letters and "😀" (2 chars) make 61, so the emoji goes whole or not at all.
        Assert.Equal(new string('a', 59) + "… (70 ký tự / characters)", Excerpt.Of(new string('a', 59) + "😀" + new string('b', 9)));
    }

    [Fact]
    public void A_megabyte_typed_into_a_sub_criterion_comes_back_as_an_excerpt()
    {
        var typed = new string('9', 1_000_000) + "x";
        var (_, error) = InputText.Parse(typed, new ManualRule());
        Assert.NotNull(error);
        foreach (var text in new[] { error!.In(Language.Vi), error.In(Language.En) })
            Assert.True(text.Length < 200, $"a message of {text.Length} characters");
        Assert.Equal($"“{new string('9', 60)}…” (1000001 ký tự) không phải một số điểm", error.In(Language.Vi));
        Assert.Equal($"“{new string('9', 60)}…” (1000001 characters) is not a number of points", error.In(Language.En));
    }
}
