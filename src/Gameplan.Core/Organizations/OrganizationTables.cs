using Gameplan.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Gameplan.Core.Organizations;

/// <summary>
/// The tables an organisation owns (those with an organisation column), ordered so that deleting one
/// organisation's rows table by table never leaves a row pointing at a deleted one. Read from the model,
/// so a new organisation-owned entity is covered without a list to keep up to date.
/// </summary>
public static class OrganizationTables
{
    /// <summary>Quoted table and column names, each table before every table its rows (or the rows that cascade from them) point at.</summary>
    public static IReadOnlyList<(string Table, string Column)> InDeletionOrder(IModel model)
    {
        var entities = model.GetEntityTypes().Where(e => !e.IsOwned() && e.GetTableName() is not null && e.ClrType != typeof(Organization)).ToList();
        var owned = entities.Where(e => e.FindProperty("OrganizationId") is not null).ToHashSet();
        var roots = new Dictionary<IEntityType, IEntityType?>();

        // The table whose delete removes this entity's rows: itself when it has an organisation column,
        // else the root of the parent it cascades from (a goal goes with its plan).
        IEntityType? RootOf(IEntityType entity, int depth = 0)
        {
            if (owned.Contains(entity))
            {
                return entity;
            }
            if (roots.TryGetValue(entity, out var known))
            {
                return known;
            }
            var root = depth > 20 ? null : entity.GetForeignKeys()
                .Where(fk => fk.DeleteBehavior == DeleteBehavior.Cascade && fk.PrincipalEntityType != entity)
                .Select(fk => RootOf(fk.PrincipalEntityType, depth + 1))
                .FirstOrDefault(r => r is not null);
            roots[entity] = root;
            return root;
        }

        // "before[a]" holds the tables that must be emptied before a (they point at a without cascading).
        var before = owned.ToDictionary(e => e, _ => new HashSet<IEntityType>());
        foreach (var entity in entities)
        {
            if (RootOf(entity) is not { } from)
            {
                continue;
            }
            foreach (var fk in entity.GetForeignKeys().Where(fk => fk.DeleteBehavior is not (DeleteBehavior.Cascade or DeleteBehavior.SetNull)))
            {
                if (RootOf(fk.PrincipalEntityType) is { } to && to != from)
                {
                    before[to].Add(from);
                }
            }
        }

        var ordered = new List<IEntityType>();
        var done = new HashSet<IEntityType>();
        var visiting = new HashSet<IEntityType>();
        void Visit(IEntityType entity)
        {
            if (done.Contains(entity))
            {
                return;
            }
            if (!visiting.Add(entity))
            {
                throw new InvalidOperationException($"The organisation-owned tables point at each other in a cycle through {entity.GetTableName()}; deleting an organisation needs an order.");
            }
            foreach (var first in before[entity].OrderBy(e => e.GetTableName(), StringComparer.Ordinal))
            {
                Visit(first);
            }
            visiting.Remove(entity);
            done.Add(entity);
            ordered.Add(entity);
        }
        foreach (var entity in owned.OrderBy(e => e.GetTableName(), StringComparer.Ordinal))
        {
            Visit(entity);
        }
        return ordered.Select(e =>
        {
            var table = e.GetTableName()!;
            var column = e.FindProperty("OrganizationId")!.GetColumnName(StoreObjectIdentifier.Table(table, e.GetSchema()))!;
            return (Quote(table), Quote(column));
        }).ToList();
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
