namespace ParIndex.Domain.Messages;

/// <summary>The demo's accounts, one per role, and an editor and a leader for SNV, STC and the commune X001.</summary>
public enum DemoAccountKind
{
    Admin,
    Secretariat,
    Council,
    Viewer,
    Appraiser1,
    Appraiser2,
    SnvEditor,
    SnvLead,
    StcEditor,
    StcLead,
    X001Editor,
    X001Lead,
}
