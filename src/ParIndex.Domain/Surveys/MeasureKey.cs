namespace ParIndex.Domain.Surveys;

/// <summary>A measure's identity: a SIPAS factor, a PAR survey indicator or a DDCI indicator, by code.</summary>
public readonly record struct MeasureKey(Dimension Dimension, string Code)
{
    public override string ToString() => Dimension switch
    {
        Dimension.SipasFactor => $"SIPAS {Code}",
        Dimension.Ddci => $"DDCI {Code}",
        _ => Code,
    };
}
