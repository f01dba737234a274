using System.Globalization;

namespace ParIndex.Domain.Surveys;

/// <summary>
/// A show-if condition on earlier answers, parsed once: comparisons <c>Q3 = 1</c>, <c>Q3 != 2</c>, <c>Q5 >= 4</c>
/// (<c>=</c>, <c>!=</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>), membership <c>Q3 in (1, 2)</c>, joined by
/// <c>and</c> (binding tighter) and <c>or</c>, with parentheses. Values are numbers, bare codes or quoted text.
/// On a multiple-choice question <c>=</c> and <c>in</c> ask whether a chosen code matches. A comparison on a question
/// with no answer is false (so is <c>!=</c>): a hidden or skipped question never shows what depends on it.
/// </summary>
public abstract record Condition
{
    public abstract string Text { get; }

    /// <summary>The question codes the condition reads.</summary>
    public abstract IEnumerable<string> Questions { get; }

    /// <summary>Whether the condition holds for these answers (question code → chosen or typed values).</summary>
    public abstract bool Holds(IReadOnlyDictionary<string, string[]> answers);

    public sealed override string ToString() => Text;

    public static Condition Parse(string text) => new ConditionParser(text).Parse();

    public sealed record Compare(string Question, string Op, string Value) : Condition
    {
        public override string Text => $"{Question} {Op} {Value}";

        public override IEnumerable<string> Questions => [Question];

        public override bool Holds(IReadOnlyDictionary<string, string[]> answers) =>
            answers.TryGetValue(Question, out var values) && values.Length > 0 && (Op switch
            {
                "=" => values.Any(v => Same(v, Value)),
                "!=" => values.All(v => !Same(v, Value)),
                _ => values.Length == 1 && Number(values[0]) is { } a && Number(Value) is { } b && Op switch
                {
                    "<" => a < b,
                    "<=" => a <= b,
                    ">" => a > b,
                    _ => a >= b,
                },
            });
    }

    public sealed record In(string Question, IReadOnlyList<string> Values) : Condition
    {
        public override string Text => $"{Question} in ({string.Join(", ", Values)})";

        public override IEnumerable<string> Questions => [Question];

        public override bool Holds(IReadOnlyDictionary<string, string[]> answers) =>
            answers.TryGetValue(Question, out var values) && values.Any(v => Values.Any(w => Same(v, w)));
    }

    public sealed record And(Condition Left, Condition Right) : Condition
    {
        public override string Text => $"{Wrap(Left)} and {Wrap(Right)}";

        public override IEnumerable<string> Questions => Left.Questions.Concat(Right.Questions);

        public override bool Holds(IReadOnlyDictionary<string, string[]> answers) => Left.Holds(answers) && Right.Holds(answers);

        private static string Wrap(Condition c) => c is Or ? $"({c.Text})" : c.Text;
    }

    public sealed record Or(Condition Left, Condition Right) : Condition
    {
        public override string Text => $"{Left.Text} or {Right.Text}";

        public override IEnumerable<string> Questions => Left.Questions.Concat(Right.Questions);

        public override bool Holds(IReadOnlyDictionary<string, string[]> answers) => Left.Holds(answers) || Right.Holds(answers);
    }

    /// <summary>Codes compare as numbers when both are numbers (so 1 = 1.0), else as text ignoring case.</summary>
    private static bool Same(string a, string b) =>
        Number(a) is { } x && Number(b) is { } y ? x == y : string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static decimal? Number(string s) =>
        decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null;
}
