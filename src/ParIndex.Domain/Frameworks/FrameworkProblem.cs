using ParIndex.Domain.Messages;

namespace ParIndex.Domain.Frameworks;

/// <summary>
/// One thing wrong with a framework, located by node code (or "bands" / "framework", the keys the API lists it under);
/// <see cref="Says"/> what, from the catalogue.
/// </summary>
public sealed record FrameworkProblem(string Where, Message Says)
{
    public const string OfFramework = "framework";

    public const string OfBands = "bands";

    /// <summary>What is wrong, in Vietnamese, without the location.</summary>
    public string Message => Says.ToString();

    /// <summary>"tiêu chí 1.2: điểm tối đa -1 là số âm" / "criterion 1.2: the maximum -1 is negative".</summary>
    public Message Located => LocationMessages.At([Where switch
    {
        OfFramework => FrameworkMessages.WhereFramework(),
        OfBands => FrameworkMessages.WhereBands(),
        _ => new Criterion(Where),
    }], Says);

    public override string ToString() => Located.ToString();
}
