namespace ParIndex.Domain.Messages;

/// <summary>What is wrong in a row of a scoreboard file (published indexes: PAR INDEX, SIPAS, PAPI…), and what is held.</summary>
public static class ScoreboardMessages
{
    public static Message CodeEmpty() => new("scoreboard.code-empty");

    public static Message CodeTooLong(int max) => new("scoreboard.code-too-long", max);

    public static Message CodeCharacters(string code) => new("scoreboard.code-characters", new Typed(code));

    public static Message NoName(string code) => new("scoreboard.no-name", code);

    public static Message NameTooLong(int max) => new("scoreboard.name-too-long", max);

    public static Message EnglishNameTooLong(int max) => new("scoreboard.name-en-too-long", max);

    public static Message NotYear(string typed) => new("scoreboard.not-year", new Typed(typed));

    public static Message Twice(string code, int year, int firstLine) => new("scoreboard.twice", code, year, firstLine);

    public static Message NotScore(string typed) => new("scoreboard.not-score", new Typed(typed));

    public static Message TooManyDecimals(string typed) => new("scoreboard.too-many-decimals", new Typed(typed));

    public static Message NotRank(string typed) => new("scoreboard.not-rank", new Typed(typed));

    public static Message NotRanked(string typed) => new("scoreboard.not-ranked", new Typed(typed));

    public static Message RankBeyond(int rank, int outOf) => new("scoreboard.rank-beyond", rank, outOf);

    public static Message RankedWithoutRank(int outOf) => new("scoreboard.ranked-without-rank", outOf);

    public static Message NoSource(string code, string year) => new("scoreboard.no-source", code, year);

    public static Message SourceTooLong(int max) => new("scoreboard.source-too-long", max);

    /// <summary>A score already recorded and different: what it holds, and how to overwrite it.</summary>
    public static Message Recorded(string code, int year, Message held) => new("scoreboard.recorded", code, year, held);

    /// <summary>What is recorded: "điểm 84,35, hạng 31/63, nguồn …"; the rank and the number ranked when there are.</summary>
    public static Message Held(decimal score, int? rank, int? outOf, string source) => (rank, outOf) switch
    {
        ({ } r, { } of) => new("scoreboard.held-rank-of", score, r, of, source),
        ({ } r, null) => new("scoreboard.held-rank", score, r, source),
        _ => new("scoreboard.held", score, source),
    };
}
