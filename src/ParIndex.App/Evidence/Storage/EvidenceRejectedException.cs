using ParIndex.Domain.Messages;

namespace ParIndex.App.Evidence.Storage;

/// <summary>An upload the evidence store refused; <see cref="Says"/> why, in the reader's language.</summary>
public sealed class EvidenceRejectedException(EvidenceRejectionReason reason, Message says) : Exception(says.ToString()), IRefusal
{
    public EvidenceRejectionReason Reason { get; } = reason;

    public Message Says { get; } = says;

    internal static EvidenceRejectedException Empty() => new(EvidenceRejectionReason.Empty, EvidenceMessages.Empty());

    internal static EvidenceRejectedException TooLarge(long maxBytes) =>
        new(EvidenceRejectionReason.TooLarge, EvidenceMessages.TooLarge(Math.Round(maxBytes / (1024m * 1024m), 1)));

    internal static EvidenceRejectedException ExpandsTooMuch() => new(EvidenceRejectionReason.TooLarge, EvidenceMessages.ExpandsTooMuch());

    internal static EvidenceRejectedException TypeNotAllowed() => new(EvidenceRejectionReason.TypeNotAllowed, EvidenceMessages.TypeNotAllowed());

    internal static EvidenceRejectedException ActiveContent() => new(EvidenceRejectionReason.TypeNotAllowed, EvidenceMessages.ActiveContent());

    internal static EvidenceRejectedException UnreadablePdf() => new(EvidenceRejectionReason.TypeNotAllowed, EvidenceMessages.UnreadablePdf());

    internal static EvidenceRejectedException MacrosNotAllowed() => new(EvidenceRejectionReason.TypeNotAllowed, EvidenceMessages.Macros());
}
