namespace ParIndex.Domain.Messages;

/// <summary>Why a unit (typed in the form or a row of the units file) or a lineage link between units is refused.</summary>
public static class UnitMessages
{
    public static Message CodeEmpty() => new("unit.code-empty");

    public static Message CodeTooLong(int max) => new("unit.code-too-long", max);

    public static Message CodeSpaces(string code) => new("unit.code-spaces", new Typed(code));

    public static Message Exists(string code, string name) => new("unit.exists", code, name);

    public static Message NeedsName() => new("unit.needs-name");

    public static Message NeedsGroup() => new("unit.needs-group");

    public static Message NotAType(string typed) => new("unit.not-a-type", new Typed(typed));

    public static Message OwnParent(string code) => new("unit.own-parent", code);

    public static Message NoParent(string code) => new("unit.no-parent", code);

    public static Message NoParentAnywhere(string code) => new("unit.no-parent-anywhere", code);

    /// <summary>The units whose parents lead back to the first: "P → Q → P".</summary>
    public static Message Loop(IReadOnlyList<string> chain) => new("unit.loop", new Listing([.. chain], int.MaxValue, " → "));

    public static Message EndsBeforeStart(DateOnly to, DateOnly from) => new("unit.ends-before-start", to, from);

    public static Message Twice(string code, int firstLine) => new("unit.twice", code, firstLine);

    public static Message NoName(string code) => new("unit.no-name", code);

    public static Message NoGroup(string code) => new("unit.no-group", code);

    public static Message NameField() => new("unit.field.name");

    public static Message GroupField() => new("unit.field.group");

    public static Message EnglishNameField() => new("unit.field.name-en");

    /// <summary>A text longer than its column, named by its field, with its length and the start of what was typed.</summary>
    public static Message TooLong(Message field, string text, int max) => new("unit.too-long", field, text.Length, max, new Typed(text));

    public static Message NotADate(string typed) => new("unit.not-a-date", new Typed(typed));

    /// <summary>The unit code of a lineage column ("from", "to") left empty.</summary>
    public static Message LinkCodeEmpty(string column) => new("lineage.code-empty", column);

    public static Message NoUnit(string code) => new("lineage.no-unit", code);

    public static Message SucceedsItself(string code) => new("lineage.succeeds-itself", code);

    public static Message NotAKind(string typed) => new("lineage.not-a-kind", new Typed(typed));

    public static Message NotAYear(string typed) => new("lineage.not-a-year", new Typed(typed));

    public static Message NotAWeight(string typed) => new("lineage.not-a-weight", new Typed(typed));

    /// <summary>A link between two units: "A → B (sáp nhập)", its kind one of <see cref="Merge"/>, <see cref="Rename"/>, <see cref="Split"/>.</summary>
    public static Message Link(string from, string to, Message kind) => new("lineage.link", from, to, kind);

    public static Message Merge() => new("lineage.kind.merge");

    public static Message Rename() => new("lineage.kind.rename");

    public static Message Split() => new("lineage.kind.split");

    public static Message LinkTwice(Message link, int firstLine) => new("lineage.twice", link, firstLine);

    public static Message LinkRecorded(Message link, DateOnly on, decimal weight) => new("lineage.recorded", link, on, weight);
}
