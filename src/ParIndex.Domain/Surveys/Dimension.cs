namespace ParIndex.Domain.Surveys;

/// <summary>The groupings survey measures are computed on: SIPAS factors, PAR survey indicators, DDCI indicators.</summary>
public enum Dimension
{
    SipasFactor,
    Indicator,
    Ddci,
}
