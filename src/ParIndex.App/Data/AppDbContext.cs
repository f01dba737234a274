using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using ParIndex.Domain.Evidence;
using ParIndex.Domain.Messages;

namespace ParIndex.App.Data;

/// <summary>The one database of ParIndex: SQLite by default, PostgreSQL by configuration, with migrations per provider.</summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<AppUser>(options)
{
    /// <summary>Refuses text PostgreSQL cannot store before anything is sent, on either provider alike (<see cref="RejectUnstorableText"/>).</summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RejectUnstorableText();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RejectUnstorableText();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>
    /// Every text about to be written is storable on both providers: no U+0000, and within its column's length, which
    /// PostgreSQL enforces and SQLite does not, or its stated limit (<see cref="TextLimits"/>) where the column has none.
    /// The use cases check what people type first; this stops what they missed.
    /// </summary>
    private void RejectUnstorableText()
    {
        foreach (var entry in ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified))
            foreach (var property in entry.Properties.Where(p => p.Metadata.ClrType == typeof(string)))
            {
                if (property.CurrentValue is not string text) continue;
                var field = $"{entry.Metadata.ClrType.Name}.{property.Metadata.Name}";
                if (Files.NulText.In(text)) throw new InvalidTextException(field, TextMessages.Nul());
                if ((property.Metadata.GetMaxLength() ?? TextLimits.ByField.GetValueOrDefault(field)) is var max and > 0 && text.Length > max)
                    throw new InvalidTextException(field, TextMessages.LongerThanColumn(text.Length, max));
            }
    }

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<UnitLineage> Lineage => Set<UnitLineage>();

    public DbSet<FrameworkEdition> Frameworks => Set<FrameworkEdition>();

    public DbSet<CrosswalkEdition> Crosswalks => Set<CrosswalkEdition>();

    public DbSet<Period> Periods => Set<Period>();

    public DbSet<PeriodFramework> PeriodFrameworks => Set<PeriodFramework>();

    public DbSet<Submission> Submissions => Set<Submission>();

    public DbSet<ScoreEntry> Scores => Set<ScoreEntry>();

    public DbSet<Appeal> Appeals => Set<Appeal>();

    public DbSet<AppealEvidence> AppealEvidence => Set<AppealEvidence>();

    public DbSet<EvidenceDocument> Evidence => Set<EvidenceDocument>();

    public DbSet<EvidenceLink> EvidenceLinks => Set<EvidenceLink>();

    public DbSet<AppraiserAssignment> Assignments => Set<AppraiserAssignment>();

    public DbSet<AuditEntry> Audit => Set<AuditEntry>();

    public DbSet<AuditSeal> AuditSeals => Set<AuditSeal>();

    public DbSet<AuditPending> AuditPending => Set<AuditPending>();

    public DbSet<Publication> Publications => Set<Publication>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<Survey> Surveys => Set<Survey>();

    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();

    public DbSet<SurveyInvitation> SurveyInvitations => Set<SurveyInvitation>();

    public DbSet<ExternalIndexScore> ExternalIndexScores => Set<ExternalIndexScore>();

    public DbSet<FactMapping> FactMappings => Set<FactMapping>();

    public DbSet<FactFigure> FactFigures => Set<FactFigure>();

    public DbSet<PasswordLink> PasswordLinks => Set<PasswordLink>();

    public DbSet<SignInCounter> SignInCounters => Set<SignInCounter>();
    public DbSet<Notification> Notifications => Set<Notification>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<Unit>(e =>
        {
            e.HasIndex(u => u.Code).IsUnique();
            e.Property(u => u.Code).HasMaxLength(64);
            e.Property(u => u.Type).HasConversion<string>().HasMaxLength(32);
            e.HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<UnitLineage>(e =>
        {
            e.Property(l => l.Kind).HasConversion<string>().HasMaxLength(16);
            e.HasOne(l => l.FromUnit).WithMany().HasForeignKey(l => l.FromUnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(l => l.ToUnit).WithMany().HasForeignKey(l => l.ToUnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(l => new { l.FromUnitId, l.ToUnitId, l.Kind }).IsUnique();
        });
        builder.Entity<FrameworkEdition>(e =>
        {
            e.HasIndex(f => f.Code).IsUnique();
            e.Property(f => f.Code).HasMaxLength(Domain.Frameworks.FrameworkValidator.MaxFrameworkCode);
            e.Property(f => f.Sha256).HasMaxLength(64);
        });
        builder.Entity<CrosswalkEdition>(e =>
        {
            e.HasIndex(c => new { c.FromCode, c.ToCode }).IsUnique();
            e.Property(c => c.FromCode).HasMaxLength(Domain.Frameworks.FrameworkValidator.MaxFrameworkCode);
            e.Property(c => c.ToCode).HasMaxLength(Domain.Frameworks.FrameworkValidator.MaxFrameworkCode);
            e.Property(c => c.Sha256).HasMaxLength(64);
        });
        builder.Entity<Period>(e =>
        {
            e.HasIndex(p => p.Name).IsUnique();
            e.Property(p => p.State).HasConversion<string>().HasMaxLength(16);
            e.Property(p => p.Combine).HasConversion<string>().HasMaxLength(16);
            e.Property(p => p.NonSubmitters).HasConversion<string>().HasMaxLength(16);
            e.Property(p => p.Version).IsConcurrencyToken();
            e.Ignore(p => p.Deadlines);
        });
        builder.Entity<PeriodFramework>(e =>
        {
            e.HasKey(f => new { f.PeriodId, f.Group });
            e.HasOne<Period>().WithMany(p => p.Frameworks).HasForeignKey(f => f.PeriodId);
            e.HasOne(f => f.FrameworkEdition).WithMany().HasForeignKey(f => f.FrameworkEditionId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<Submission>(e =>
        {
            e.HasIndex(s => new { s.PeriodId, s.UnitId }).IsUnique();
            e.Property(s => s.State).HasConversion<string>().HasMaxLength(24);
            e.Property(s => s.Version).IsConcurrencyToken();
            e.HasOne(s => s.Period).WithMany(p => p.Submissions).HasForeignKey(s => s.PeriodId);
            e.HasOne(s => s.Unit).WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<ScoreEntry>(e =>
        {
            e.HasIndex(s => new { s.SubmissionId, s.LeafCode, s.Stage, s.Version }).IsUnique();
            e.Property(s => s.Stage).HasConversion<string>().HasMaxLength(16);
            e.Property(s => s.LeafCode).HasMaxLength(Domain.Frameworks.FrameworkValidator.MaxNodeCode);
            e.HasOne<Submission>().WithMany().HasForeignKey(s => s.SubmissionId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<Appeal>(e =>
        {
            e.Property(a => a.State).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(a => new { a.SubmissionId, a.LeafCode });
            e.HasOne<Submission>().WithMany().HasForeignKey(a => a.SubmissionId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<AppealEvidence>(e =>
        {
            e.HasKey(a => new { a.AppealId, a.DocumentId });
            e.HasOne<Appeal>().WithMany().HasForeignKey(a => a.AppealId);
            e.HasOne<EvidenceDocument>().WithMany().HasForeignKey(a => a.DocumentId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<EvidenceDocument>(e =>
        {
            e.HasIndex(d => d.UnitId);
            e.Property(d => d.FileSha256).HasMaxLength(64);
            e.HasOne<Unit>().WithMany().HasForeignKey(d => d.UnitId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<EvidenceLink>(e =>
        {
            e.HasKey(l => new { l.DocumentId, l.SubmissionId, l.LeafCode });
            e.Property(l => l.Pages).HasMaxLength(300);
            e.Property(l => l.Section).HasMaxLength(ProofPlace.MaxSection);
            e.Ignore(l => l.Place);
            e.HasOne<EvidenceDocument>().WithMany(d => d.Links).HasForeignKey(l => l.DocumentId);
            e.HasOne<Submission>().WithMany().HasForeignKey(l => l.SubmissionId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<AppraiserAssignment>(e => e.HasIndex(a => new { a.PeriodId, a.UserId }));
        builder.Entity<FactMapping>(e =>
        {
            e.Property(m => m.Indicator).HasMaxLength(100);
            e.Property(m => m.LeafCode).HasMaxLength(50);
            e.Property(m => m.Scale).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(m => new { m.PeriodId, m.LeafCode }).IsUnique();
            e.HasOne<Period>().WithMany().HasForeignKey(m => m.PeriodId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<FactFigure>(e =>
        {
            e.Property(f => f.Indicator).HasMaxLength(100);
            e.Property(f => f.Source).HasMaxLength(TextLimits.Name);
            e.Property(f => f.ImportedBy).HasMaxLength(256);
            e.HasIndex(f => new { f.PeriodId, f.UnitId, f.Indicator }).IsUnique();
            e.HasOne<Period>().WithMany().HasForeignKey(f => f.PeriodId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Unit>().WithMany().HasForeignKey(f => f.UnitId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<AuditEntry>(e =>
        {
            e.Property(a => a.Hash).HasMaxLength(64);
            e.Property(a => a.PreviousHash).HasMaxLength(64);
            e.Property(a => a.Stream).HasMaxLength(200);
            e.HasIndex(a => new { a.Stream, a.Sequence }).IsUnique();
        });
        builder.Entity<AuditSeal>(e =>
        {
            e.Property(a => a.Hash).HasMaxLength(64);
            e.Property(a => a.PreviousHash).HasMaxLength(64);
            e.HasIndex(a => a.PreviousHash).IsUnique();
        });
        builder.Entity<AuditPending>(e =>
        {
            e.Property(a => a.Stream).HasMaxLength(200);
            e.Property(a => a.Hash).HasMaxLength(64);
        });
        builder.Entity<Publication>(e =>
        {
            e.HasIndex(p => new { p.PeriodId, p.Group }).IsUnique();
            e.HasOne<Period>().WithMany().HasForeignKey(p => p.PeriodId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<SignInCounter>(e =>
        {
            e.HasKey(c => c.Key);
            e.Property(c => c.Key).HasMaxLength(64);
            e.HasIndex(c => c.LastAt);
        });
        builder.Entity<ApiToken>(e =>
        {
            e.HasIndex(t => t.Sha256).IsUnique();
            e.HasIndex(t => t.UserId);
            e.Property(t => t.Sha256).HasMaxLength(64);
            e.Property(t => t.Prefix).HasMaxLength(16);
            e.Property(t => t.Name).HasMaxLength(100);
        });
        builder.Entity<Survey>(e =>
        {
            e.HasIndex(s => s.Code).IsUnique();
            e.Property(s => s.Code).HasMaxLength(Survey.MaxCode);
            e.Property(s => s.Sha256).HasMaxLength(64);
        });
        builder.Entity<SurveyResponse>(e =>
        {
            e.HasIndex(r => new { r.SurveyId, r.RespondentId }).IsUnique();
            e.HasIndex(r => new { r.SurveyId, r.UnitCode });
            e.Property(r => r.UnitCode).HasMaxLength(64);
            e.Property(r => r.RespondentId).HasMaxLength(100);
            e.Property(r => r.Respondent).HasConversion<string>().HasMaxLength(16);
            e.Property(r => r.Source).HasConversion<string>().HasMaxLength(16);
            e.HasOne<Survey>().WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<SurveyInvitation>(e =>
        {
            e.HasIndex(i => i.Sha256).IsUnique();
            e.Property(i => i.Sha256).HasMaxLength(64);
            e.Property(i => i.UnitCode).HasMaxLength(64);
            e.Property(i => i.Respondent).HasConversion<string>().HasMaxLength(16);
            e.Property(i => i.Version).IsConcurrencyToken();
            e.HasOne<Survey>().WithMany().HasForeignKey(i => i.SurveyId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<ExternalIndexScore>(e =>
        {
            e.HasIndex(s => new { s.IndexCode, s.Year }).IsUnique();
            e.Property(s => s.IndexCode).HasMaxLength(32);
            e.Property(s => s.IndexName).HasMaxLength(200);
            e.Property(s => s.IndexNameEn).HasMaxLength(200);
            e.Property(s => s.Source).HasMaxLength(500);
            e.Property(s => s.Score).HasPrecision(9, 4);
        });
        builder.Entity<PasswordLink>(e =>
        {
            e.HasIndex(l => l.Sha256).IsUnique();
            e.HasIndex(l => l.UserId);
            e.Property(l => l.Sha256).HasMaxLength(64);
            e.HasOne<AppUser>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Notification>(e =>
        {
            e.HasIndex(n => n.Key).IsUnique();
            e.HasIndex(n => new { n.UserId, n.ReadAt });
            e.HasIndex(n => new { n.Email, n.Id });
            e.Property(n => n.Key).HasMaxLength(Notification.MaxKey);
            e.Property(n => n.Kind).HasConversion<string>().HasMaxLength(24);
            e.Property(n => n.Email).HasConversion<string>().HasMaxLength(16);
            e.Property(n => n.Subject).HasMaxLength(300);
            e.Property(n => n.SubjectEn).HasMaxLength(300);
            e.Property(n => n.Link).HasMaxLength(300);
            e.Property(n => n.EmailTo).HasMaxLength(256);
            e.Property(n => n.LeaseOwner).HasMaxLength(100);
            e.Property(n => n.LastError).HasMaxLength(1000);
        });
    }
}
