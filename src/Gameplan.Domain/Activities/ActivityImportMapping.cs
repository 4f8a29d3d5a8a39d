namespace Gameplan.Domain.Activities;

/// <summary>
/// A column mapping for activity CSV files (a CRM's export), saved under a name in one
/// organisation. Names are unique per organisation ignoring case; the definition is the mapping's
/// JSON text as the user wrote it (comments kept), checked by the application before it is saved.
/// </summary>
public sealed class ActivityImportMapping
{
    /// <summary>Longest accepted definition, in characters: a mapping is a few dozen lines.</summary>
    public const int MaxDefinitionLength = 20_000;

    private ActivityImportMapping() { }

    public ActivityImportMapping(int organizationId, string name, string definition, DateTimeOffset now)
    {
        OrganizationId = organizationId;
        Rename(name);
        Replace(definition, now);
    }

    public int Id { get; private set; }

    public int OrganizationId { get; private set; }

    /// <summary>As the user spelled it, 1-100 characters.</summary>
    public string Name { get; private set; } = "";

    /// <summary>The name in upper case (invariant): what the unique index compares.</summary>
    public string NormalizedName { get; private set; } = "";

    public string Definition { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The key a name is compared by: the same for "CRM" and "crm".</summary>
    public static string Normalize(string? name) => (name ?? "").Trim().ToUpperInvariant();

    public void Rename(string name)
    {
        Name = Guard.Required(name, "name", 100);
        NormalizedName = Normalize(Name);
    }

    public void Replace(string definition, DateTimeOffset now)
    {
        Definition = Guard.Required(definition, "definition", MaxDefinitionLength);
        UpdatedAt = now;
    }
}
