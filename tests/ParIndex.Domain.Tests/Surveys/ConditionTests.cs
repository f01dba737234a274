using ParIndex.Domain.Surveys;

namespace ParIndex.Domain.Tests.Surveys;

public sealed class ConditionTests
{
    private static Dictionary<string, string[]> Answers(params (string Q, string[] V)[] answers) =>
        answers.ToDictionary(a => a.Q, a => a.V, StringComparer.OrdinalIgnoreCase);

    [Theory]
    [InlineData("Q3 = 1", true)]
    [InlineData("Q3 = 1.0", true)]
    [InlineData("Q3 != 1", false)]
    [InlineData("Q3 in (2, 1)", true)]
    [InlineData("Q3 in (2,3)", false)]
    [InlineData("Q5 >= 4", true)]
    [InlineData("Q5 > 4", false)]
    [InlineData("Q5 < 4 or Q3 = 1", true)]
    [InlineData("Q5 < 4 and Q3 = 1", false)]
    [InlineData("Q3 = 1 and (Q5 < 4 or Q7 = b)", true)]
    [InlineData("Q3 = 1 and Q5 < 4 or Q7 = b", true)]          // and binds tighter: (false) or true
    [InlineData("Q7 = 'B'", true)]                            // multiple choice: one chosen code matches, case ignored
    [InlineData("Q7 in (x, c)", true)]
    [InlineData("Q7 != c", false)]
    [InlineData("Q9 = 1", false)]                             // unanswered: every comparison is false …
    [InlineData("Q9 != 1", false)]                            // … including !=
    [InlineData("q3 = 1 AND q5 >= 4", true)]                  // codes and keywords ignore case
    public void Conditions_evaluate_on_earlier_answers(string text, bool expected)
    {
        var answers = Answers(("Q3", ["1"]), ("Q5", ["4"]), ("Q7", ["b", "c"]));
        Assert.Equal(expected, Condition.Parse(text).Holds(answers));
    }

    [Theory]
    [InlineData("", 0, "the condition is empty")]
    [InlineData("Q3 = ", 5, "expected a value")]
    [InlineData("Q3 ~ 1", 3, "expected a comparison")]
    [InlineData("Q3 in 1, 2", 6, "expected '(' after 'in'")]
    [InlineData("(Q3 = 1", 7, "expected ')'")]
    [InlineData("Q3 = 1 Q4 = 2", 7, "unexpected 'Q4 = 2'")]
    [InlineData("Q3 = 'abc", 6, "never closed")]
    public void Errors_are_located(string text, int position, string message)
    {
        var e = Assert.Throws<ConditionException>(() => Condition.Parse(text));
        Assert.Equal(position, e.Position);
        Assert.Contains(message, e.Reason);
    }

    [Fact]
    public void A_condition_names_the_questions_it_reads_and_prints_itself()
    {
        var c = Condition.Parse("Q1 = 1 and (Q2 in (1,2) or Q3 >= 4)");
        Assert.Equal(["Q1", "Q2", "Q3"], c.Questions);
        Assert.Equal("Q1 = 1 and (Q2 in (1, 2) or Q3 >= 4)", c.Text);
        Assert.True(Condition.Parse(c.Text).Holds(Answers(("Q1", ["1"]), ("Q3", ["5"]))));
    }
}
