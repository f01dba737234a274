namespace ParIndex.Domain.Messages;

/// <summary>Why a typed number is refused by <see cref="Numbers.DecimalText"/> (thousands separators are not guessed).</summary>
public static class NumberMessages
{
    public static Message NotANumber(string typed) => new("number.not-a-number", new Typed(typed));

    public static Message SpaceInside(string typed) => new("number.space-inside", new Typed(typed));

    public static Message TwoMarks(string typed) => new("number.two-marks", new Typed(typed));
}
