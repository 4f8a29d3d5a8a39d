namespace Gameplan.Domain.Organizations;

/// <summary>A company (or a person planning alone) that owns teams, people and plans.</summary>
public sealed class Organization
{
    private Organization() { }

    public Organization(string name) => Rename(name);

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    public void Rename(string name) => Name = Guard.Required(name, "name", 200);
}
