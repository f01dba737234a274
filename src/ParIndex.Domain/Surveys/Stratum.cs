namespace ParIndex.Domain.Surveys;

/// <summary>A sampling stratum: one unit × one kind of respondent.</summary>
public readonly record struct Stratum(string Unit, RespondentType Type)
{
    public override string ToString() => $"{Unit}/{Type}";
}
