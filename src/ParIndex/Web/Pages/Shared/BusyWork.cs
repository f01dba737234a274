namespace ParIndex.Web.Pages.Shared;

/// <summary>What a long request is doing, for the note <c>_Busy.cshtml</c> shows while it runs.</summary>
public enum BusyWork
{
    Import,
    Download,
}
