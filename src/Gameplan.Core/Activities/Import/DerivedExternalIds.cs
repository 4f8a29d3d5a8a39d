using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Gameplan.Core.Activities.Import;

/// <summary>
/// External ids for rows that bring none, so that importing the same file again stores nothing new:
/// <c>csv:</c> + a SHA-256 of the row's meaning (person id, metric id, day, quantity without trailing
/// zeros, note) + <c>:n</c>, its occurrence among identical rows of this file (two identical calls
/// on a day are two calls). The prefix keeps them apart from CRM ids, which may not start with it.
/// Memory: one 8-byte key per distinct row; two rows that share a key only number on from each
/// other, which a re-import numbers the same way, so a collision never loses or doubles a row.
/// </summary>
internal sealed class DerivedExternalIds
{
    private readonly Dictionary<ulong, int> _occurrences = [];

    public string For(int personId, int metricId, DateOnly date, decimal quantity, string? note)
    {
        var content = string.Create(CultureInfo.InvariantCulture,
            $"{personId}\u001f{metricId}\u001f{date:yyyy-MM-dd}\u001f{quantity:0.############################}\u001f{note?.Trim()}");
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(content), hash);
        ref var seen = ref CollectionsMarshal.GetValueRefOrAddDefault(_occurrences, BinaryPrimitives.ReadUInt64LittleEndian(hash), out _);
        seen++;
        // 96 bits of the hash: 24 hex digits, far from the 100 characters an external id may have.
        return $"{ActivityRowParser.DerivedPrefix}{Convert.ToHexStringLower(hash[..12])}:{seen}";
    }
}
