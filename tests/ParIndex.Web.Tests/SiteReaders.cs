namespace ParIndex.Web.Tests;

/// <summary>
/// The readers the whole-site tests walk the site as: the public (null) and one demo account of every role — the
/// administrator, the secretariat, the council, an appraiser, a unit's editor and leader, and a viewer.
/// </summary>
public static class SiteReaders
{
    public static TheoryData<string?> Everyone => [null, "admin", "thuongtruc", "hoidong", "thamdinh1", "snv.editor", "snv.lead", "nguoixem"];
}
