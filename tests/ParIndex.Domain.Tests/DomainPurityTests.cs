using System.Xml.Linq;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Domain.Tests;

/// <summary>DESIGN.md §4: the Domain is pure C# — it references nothing beyond the base class library.</summary>
public sealed class DomainPurityTests
{
    [Fact]
    public void Domain_assembly_references_only_the_base_class_library()
    {
        var references = typeof(Framework).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.NotEmpty(references);
        var foreign = references.Where(n => !(n == "netstandard" || n == "mscorlib" || n.StartsWith("System", StringComparison.Ordinal))).ToList();
        Assert.True(foreign.Count == 0, "ParIndex.Domain references " + string.Join(", ", foreign));
    }

    [Fact]
    public void Domain_project_has_no_package_or_project_references()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ParIndex.slnx"))) dir = dir.Parent;
        Assert.NotNull(dir);
        var project = XDocument.Load(Path.Combine(dir!.FullName, "src", "ParIndex.Domain", "ParIndex.Domain.csproj"));
        var references = project.Descendants().Where(e => e.Name.LocalName is "PackageReference" or "ProjectReference" or "Reference" or "FrameworkReference");
        Assert.Empty(references);
    }
}
