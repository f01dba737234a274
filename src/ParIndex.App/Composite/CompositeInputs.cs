using ParIndex.Domain.Composite;

namespace ParIndex.App.Composite;

/// <summary>The structure and data of a composite index read from their files, with an optional weights file applied.</summary>
public sealed record CompositeInputs(IndexStructure Structure, UnitData Data)
{
    /// <param name="weights">A weights file (name, text) whose weights replace the structure's, or null.</param>
    public static CompositeInputs Read(string metaFile, string metaText, string dataFile, string dataText, (string File, string Text)? weights = null)
    {
        var structure = IndexMetaReader.Read(metaFile, metaText);
        if (weights is { } w) structure = WeightsReader.Apply(w.File, w.Text, structure);
        return new CompositeInputs(structure, UnitDataReader.Read(dataFile, dataText, structure));
    }

    public CompositeResult Build(CompositeOptions options) => CompositeIndex.Build(Structure, Data, options);
}
