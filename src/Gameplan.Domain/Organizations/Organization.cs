namespace Gameplan.Domain.Organizations;

/// <summary>A company (or a person planning alone) that owns teams, people and plans.</summary>
public sealed class Organization
{
    private Organization() { }

    public Organization(string name) => Rename(name);

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The critique settings every plan of the organisation uses unless it sets its own.</summary>
    public PlanningSettings Settings { get; private set; } = PlanningSettings.None;

    public void Rename(string name) => Name = Guard.Required(name, "name", 200);

    /// <summary>Replaces the organisation's settings; a field left unset falls back to the critique's default.</summary>
    public void ChangeSettings(PlanningSettings settings) => Settings = settings;
}
