namespace ParIndex.App.Data;

/// <summary>Kinds of assessed bodies (loại đơn vị).</summary>
public enum UnitType
{
    Ministry,
    Province,
    Department,
    District,
    Commune,
    Other,
}
