using ParIndex.Domain.Text;
namespace ParIndex.Domain.Surveys;

/// <summary>Recursive descent over the show-if grammar of <see cref="Condition"/>; every error names its character.</summary>
internal sealed class ConditionParser(string text)
{
    private static readonly string[] Operators = ["<=", ">=", "!=", "<>", "=", "<", ">"];
    private int _at;

    public Condition Parse()
    {
        if (string.IsNullOrWhiteSpace(text)) throw Error("the condition is empty");
        var condition = ParseOr();
        Skip();
        if (_at < text.Length) throw Error($"unexpected '{Excerpt.Of(text[_at..])}'");
        return condition;
    }

    private Condition ParseOr()
    {
        var left = ParseAnd();
        while (Keyword("or")) left = new Condition.Or(left, ParseAnd());
        return left;
    }

    private Condition ParseAnd()
    {
        var left = ParseTerm();
        while (Keyword("and")) left = new Condition.And(left, ParseTerm());
        return left;
    }

    private Condition ParseTerm()
    {
        Skip();
        if (Eat('('))
        {
            var inner = ParseOr();
            Skip();
            if (!Eat(')')) throw Error("expected ')'");
            return inner;
        }
        var question = Word() ?? throw Error("expected a question code");
        if (Keyword("in"))
        {
            Skip();
            if (!Eat('(')) throw Error("expected '(' after 'in'");
            var values = new List<string> { Value() };
            Skip();
            while (Eat(',')) { values.Add(Value()); Skip(); }
            if (!Eat(')')) throw Error("expected ',' or ')' in the list");
            return new Condition.In(question, values);
        }
        Skip();
        var op = Operators.FirstOrDefault(o => string.CompareOrdinal(text, _at, o, 0, o.Length) == 0)
            ?? throw Error($"expected a comparison (=, !=, <, <=, >, >=) or 'in' after {question}");
        _at += op.Length;
        return new Condition.Compare(question, op == "<>" ? "!=" : op, Value());
    }

    private string Value()
    {
        Skip();
        if (Eat('"') || Eat('\''))
        {
            var quote = text[_at - 1];
            var end = text.IndexOf(quote, _at);
            if (end < 0) throw Error("a quoted value is never closed");
            var value = text[_at..end];
            _at = end + 1;
            return value;
        }
        return Word() ?? throw Error("expected a value");
    }

    private string? Word()
    {
        Skip();
        var start = _at;
        while (_at < text.Length && (char.IsLetterOrDigit(text[_at]) || text[_at] is '_' or '.' or '-')) _at++;
        return _at > start ? text[start.._at] : null;
    }

    private bool Keyword(string word)
    {
        Skip();
        var end = _at + word.Length;
        if (end > text.Length || string.Compare(text, _at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) != 0) return false;
        if (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_')) return false;
        _at = end;
        return true;
    }

    private bool Eat(char c)
    {
        if (_at < text.Length && text[_at] == c) { _at++; return true; }
        return false;
    }

    private void Skip()
    {
        while (_at < text.Length && char.IsWhiteSpace(text[_at])) _at++;
    }

    private ConditionException Error(string message) => new(text, _at, message);
}
