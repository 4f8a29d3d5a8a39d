using System.Buffers.Binary;
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
    // Person, metric, day number, the quantity's four decimal words, then the note.
    private const int FixedBytes = 3 * sizeof(int) + 4 * sizeof(int);

    private readonly Dictionary<ulong, int> _occurrences = [];

    public string For(int personId, int metricId, DateOnly date, decimal quantity, string? note)
    {
        var text = note?.Trim() ?? "";
        Span<byte> content = stackalloc byte[FixedBytes + Encoding.UTF8.GetMaxByteCount(text.Length)];
        BinaryPrimitives.WriteInt32LittleEndian(content, personId);
        BinaryPrimitives.WriteInt32LittleEndian(content[4..], metricId);
        BinaryPrimitives.WriteInt32LittleEndian(content[8..], date.DayNumber);
        // 2.50 and 2.5 are the same quantity: dividing by 1.000...0 drops the trailing zeros.
        Span<int> words = stackalloc int[4];
        decimal.GetBits(quantity / 1.0000000000000000000000000000m, words);
        MemoryMarshal.AsBytes(words).CopyTo(content[12..]);
        var length = FixedBytes + Encoding.UTF8.GetBytes(text, content[FixedBytes..]);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(content[..length], hash);
        ref var seen = ref CollectionsMarshal.GetValueRefOrAddDefault(_occurrences, BinaryPrimitives.ReadUInt64LittleEndian(hash), out _);
        seen++;
        // 96 bits of the hash: 24 hex digits, far from the 100 characters an external id may have.
        return $"{ActivityRowParser.DerivedPrefix}{Convert.ToHexStringLower(hash[..12])}:{seen}";
    }
}
