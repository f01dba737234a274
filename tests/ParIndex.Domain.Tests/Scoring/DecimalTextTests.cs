using ParIndex.Domain.Messages;
using ParIndex.Domain.Numbers;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;
using ParIndex.Domain.Surveys;

namespace ParIndex.Domain.Tests.Scoring;

/// <summary>
/// The one rule for a typed number (docs/decisions/016-typed-numbers.md), case by case as people type them: the vi-VN
/// comma and the dot are both the decimal mark; thousands separators are refused, never guessed.
/// </summary>
public sealed class DecimalTextTests
{
    [Theory]
    [InlineData("1,3", "1.3")]
    [InlineData("1.3", "1.3")]
    [InlineData("0,85", "0.85")]
    [InlineData("0.85", "0.85")]
    [InlineData(",5", "0.5")]
    [InlineData("1,", "1")]
    [InlineData("  2,25 ", "2.25")]
    [InlineData("-0", "0")]
    [InlineData("-0,5", "-0.5")]
    [InlineData("+3", "3")]
    [InlineData("1234,5", "1234.5")]
    public void A_number_with_one_decimal_mark_reads_as_typed(string text, string expected)
    {
        var (value, error) = DecimalText.Read(text);
        Assert.Null(error);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Fact]
    public void Minus_zero_is_plain_zero_when_written_back() =>
        Assert.Equal("0", NumberText.Vi(DecimalText.Read("-0").Value));

    [Theory]
    [InlineData("1.234,5")]
    [InlineData("1,234.5")]
    [InlineData("1.234.567")]
    [InlineData("1,234,567")]
    [InlineData("1 234")]
    [InlineData("1\u00a0234")]
    public void Thousands_separators_are_refused_not_guessed(string text)
    {
        var (_, error) = DecimalText.Read(text);
        Assert.NotNull(error);
        Assert.Contains("dấu phân cách hàng nghìn", error.In(Language.Vi));
        Assert.Contains("thousands separators", error.In(Language.En));
        Assert.True(DecimalText.Grouped(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("1e3")]
    [InlineData("1E3")]
    [InlineData(",")]
    [InlineData("-")]
    [InlineData("1-2")]
    [InlineData("--1")]
    [InlineData("ba")]
    [InlineData("1,3đ")]
    [InlineData("99999999999999999999999999999999")]
    public void Anything_else_is_not_a_number(string text)
    {
        var (_, error) = DecimalText.Read(text);
        Assert.NotNull(error);
        Assert.False(DecimalText.TryRead(text, out _));
    }

    [Theory]
    [InlineData("1,3", 1.3)]
    [InlineData("1.3", 1.3)]
    [InlineData(",5", 0.5)]
    [InlineData("1,", 1)]
    [InlineData("-0", 0)]
    public void A_points_box_reads_the_same_numbers(string text, decimal expected)
    {
        var (input, error) = InputText.Parse(text, new ManualRule());
        Assert.Null(error);
        Assert.Equal(LeafInput.Points(expected), input);
    }

    [Fact]
    public void A_points_box_refuses_1_234_5_saying_why_and_1e3_and_empty_is_missing()
    {
        Assert.Contains("dấu phân cách hàng nghìn", InputText.Parse("1.234,5", new ManualRule()).Error!.In(Language.Vi));
        Assert.Equal("“1e3” không phải một số điểm", InputText.Parse("1e3", new ManualRule()).Error!.In(Language.Vi));
        Assert.Equal((LeafInput.Missing, null), InputText.Parse("", new ManualRule()));
    }

    [Theory]
    [InlineData("0,85", 0.85)]
    [InlineData("0.85", 0.85)]
    [InlineData("85%", 0.85)]
    [InlineData("85,5%", 0.855)]
    [InlineData("17/20", 0.85)]
    [InlineData("8,5/10", 0.85)]
    public void A_ratio_box_reads_the_comma_and_the_dot(string text, decimal expected)
    {
        var (input, error) = InputText.Parse(text, new ProportionalRule());
        Assert.Null(error);
        Assert.Equal(expected, input.Value);
    }

    [Fact]
    public void A_ratio_with_thousands_separators_is_refused_saying_why() =>
        Assert.Contains("dấu phân cách hàng nghìn", InputText.Parse("1.234,5%", new ProportionalRule()).Error!.In(Language.Vi));

    [Theory]
    [InlineData("3", 3)]
    [InlineData("3,0", 3)]
    [InlineData("0", 0)]
    public void A_count_is_whole_and_not_negative(string text, int expected) =>
        Assert.Equal(LeafInput.Count(expected), InputText.Parse(text, new DeductionRule(0.5m, 0)).Input);

    [Theory]
    [InlineData("1,5", "“1,5” không phải số nguyên không âm")]
    [InlineData("-2", "“-2” không phải số nguyên không âm")]
    [InlineData("1e3", "“1e3” không phải số nguyên không âm")]
    public void A_count_refuses_fractions_negatives_and_exponents(string text, string message) =>
        Assert.Equal(message, InputText.Parse(text, new DeductionRule(0.5m, 0)).Error!.In(Language.Vi));

    [Theory]
    [InlineData("1,3", "1.3")]
    [InlineData("1.3", "1.3")]
    [InlineData("41", "41")]
    public void A_survey_number_answer_reads_the_comma_and_the_dot(string text, string stored) =>
        Assert.Equal((string[])[stored], ResponseValidator.Parse(new Question("age", QuestionType.Number, "Tuổi"), text).Values);

    [Fact]
    public void A_survey_number_answer_with_thousands_separators_is_refused_saying_why() =>
        Assert.Contains("thousands separators", ResponseValidator.Parse(new Question("age", QuestionType.Number, "Tuổi"), "1.234,5").Error);

    [Theory]
    [InlineData("1,3", "points", "1,3", "1.3")]
    [InlineData("1.30", "points", "1,3", "1.3")]
    [InlineData("0,85", "ratio", "85%", "85%")]
    [InlineData("8,5/10", "ratio", "8,5/10", "8.5/10")]
    [InlineData("3", "count", "3", "3")]
    [InlineData("NA", "points", null, null)]
    [InlineData("", "points", null, null)]
    public void What_was_understood_is_written_back_in_the_readers_figures(string text, string kind, string? vi, string? en)
    {
        ScoringRule rule = kind switch { "ratio" => new ProportionalRule(), "count" => new DeductionRule(0.5m, 0), _ => new ManualRule() };
        var input = InputText.Parse(text, rule).Input;
        Assert.Equal(vi, InputText.Understood(input, english: false));
        Assert.Equal(en, InputText.Understood(input, english: true));
    }
}
