namespace ParIndex.App.Evidence.Storage;

/// <summary>Why an upload was refused.</summary>
public enum EvidenceRejectionReason
{
    /// <summary>The file, or what a compressed document would expand to, is over the limit.</summary>
    TooLarge,

    /// <summary>The content is not one of the accepted document or image types, whatever its name says.</summary>
    TypeNotAllowed,

    /// <summary>The file has no content.</summary>
    Empty,
}
