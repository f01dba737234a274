using System.Text.RegularExpressions;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Domain.Tests.Messages;

/// <summary>
/// Every message the Domain and the App can raise is made by a public static factory in ParIndex.Domain.Messages;
/// these tests call each factory with sample arguments and check the catalogue: both texts, the right placeholders,
/// one language, words for people.
/// </summary>
public sealed partial class CatalogueTests
{
    public static IEnumerable<object[]> Factories() =>
        MessageSamples.Factories().Select(f => new object[] { MessageSamples.Name(f) });

    [Theory]
    [MemberData(nameof(Factories))]
    public void Every_code_has_both_texts_with_one_placeholder_per_argument(string factory)
    {
        foreach (var message in MessageSamples.Of(factory))
        {
            Assert.True(Catalogue.Entries.TryGetValue(message.Code, out var text), $"{factory}: code {message.Code} is not in the catalogue");
            Assert.False(string.IsNullOrWhiteSpace(text.Vi), $"{message.Code} has no Vietnamese text");
            Assert.False(string.IsNullOrWhiteSpace(text.En), $"{message.Code} has no English text");
            var expected = Enumerable.Range(0, message.Args.Count).ToHashSet();
            Assert.True(expected.SetEquals(Catalogue.Placeholders(text.Vi)), $"{message.Code}: the Vietnamese text's placeholders do not match its {message.Args.Count} argument(s)");
            Assert.True(expected.SetEquals(Catalogue.Placeholders(text.En)), $"{message.Code}: the English text's placeholders do not match its {message.Args.Count} argument(s)");
        }
    }

    [Theory]
    [MemberData(nameof(Factories))]
    public void Every_message_reads_in_one_language_with_words_for_people(string factory)
    {
        foreach (var message in MessageSamples.Of(factory))
        {
            var vi = message.In(Language.Vi);
            var en = message.In(Language.En);
            Assert.Empty(StopList.InVietnamese(vi));
            Assert.Empty(StopList.InEnglish(en));
            Assert.DoesNotMatch(Leftover(), vi);
            Assert.DoesNotMatch(Leftover(), en);
        }
    }

    [Fact]
    public void Every_code_of_the_catalogue_is_made_by_a_factory()
    {
        var made = MessageSamples.Factories().SelectMany(f => MessageSamples.Of(MessageSamples.Name(f))).SelectMany(Nested).Select(m => m.Code).ToHashSet();
        made.Add(Message.Plain("").Code); // a text not yet in the catalogue, passed through as it came
        var unmade = Catalogue.Entries.Keys.Where(code => !made.Contains(code)).ToList();
        Assert.True(unmade.Count == 0, "codes no factory makes: " + string.Join(", ", unmade));
    }

    [Fact]
    public void A_refused_input_reads_as_people_write_it()
    {
        Assert.Equal("13 điểm nằm ngoài khoảng 0–1", InputMessages.PointsOutside(13m, 0m, 1m).In(Language.Vi));
        Assert.Equal("13 points is outside 0–1", InputMessages.PointsOutside(13m, 0m, 1m).In(Language.En));
        Assert.Equal("Tỷ lệ 120% nằm ngoài khoảng 0–100%", InputMessages.RatioOutside(1.2m).In(Language.Vi));
        Assert.Equal("“-2” không phải số nguyên không âm", InputMessages.NotCount("-2").In(Language.Vi));
        Assert.Equal("0,75 điểm không phải bội số của bước chấm 0,5", InputMessages.PointsOffStep(0.75m, 0.5m).In(Language.Vi));
    }

    [Fact]
    public void A_saved_score_names_the_criterion_and_the_option_label()
    {
        var rule = new OptionsRule([new("full", "Đầy đủ", 1.5m, "Complete"), new("part", "Một phần", 0.5m)]);
        Assert.Equal("Đã lưu tiêu chí 1.1.2: Đầy đủ → 1,5 điểm", ScoreMessages.Saved("1.1.2", LeafInput.Option("full"), rule, 1.5m).In(Language.Vi));
        Assert.Equal("Saved criterion 1.1.2: Complete → 1,5 points", ScoreMessages.Saved("1.1.2", LeafInput.Option("full"), rule, 1.5m).In(Language.En));
        Assert.Equal("Đã lưu tiêu chí 2.1: 85% → 0,5 điểm", ScoreMessages.Saved("2.1", LeafInput.Ratio(0.85m), new ProportionalRule(), 0.5m).In(Language.Vi));
        Assert.Equal("Đã lưu tiêu chí 2.2: Đạt → 1 điểm", ScoreMessages.Saved("2.2", LeafInput.Pass(true), new PassFailRule(), 1m).In(Language.Vi));
        Assert.Equal("Saved criterion 2.2: Passed → 1 point", ScoreMessages.Saved("2.2", LeafInput.Pass(true), new PassFailRule(), 1m).In(Language.En));
    }

    [Fact]
    public void A_long_list_names_the_first_ten_and_counts_the_rest()
    {
        var units = Enumerable.Range(1, 18).Select(i => (object)new UnitName($"U{i}")).ToList();
        var listed = Catalogue.Arg(new Listing(units), Language.Vi);
        Assert.Equal("U1, U2, U3, U4, U5, U6, U7, U8, U9, U10, … (và 8 mục khác)", listed);
        Assert.Equal("Sở Nội vụ (SNV)", Catalogue.Arg(new UnitName("SNV", "Sở Nội vụ"), Language.En));
    }

    [Fact]
    public void A_code_missing_from_the_catalogue_fails_the_placeholder_check() =>
        Assert.False(Catalogue.Entries.ContainsKey("input.no-such-code"));

    private static IEnumerable<Message> Nested(Message message) =>
        new[] { message }.Concat(message.Args.SelectMany(NestedIn));

    private static IEnumerable<Message> NestedIn(object? arg) => arg switch
    {
        Message m => Nested(m),
        Listing l => l.Items.SelectMany(NestedIn),
        Typed t => Nested(t.Shown),
        _ => [],
    };

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Leftover();
}
