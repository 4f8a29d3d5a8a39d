using System.Buffers;
using System.Text;

namespace Gameplan.Core.PlanFiles;

/// <summary>
/// Reads the plain YAML that plan files are written in (the writer's layout, and what people type by
/// hand) about ten times faster than YamlDotNet's scanner: block mappings and lists, one-line flow
/// lists and mappings, plain and quoted one-line scalars, comments, CRLF or LF lines.
/// </summary>
/// <remarks>
/// It accepts only what it fully understands. Anything else (anchors, tags, block or multi-line
/// scalars, tabs, odd characters, duplicate keys, any malformed line) makes it give up, and
/// YamlDotNet then reads the whole file with all of YAML and its own error messages. So it never
/// decides what a file means differently from YamlDotNet, only faster; tests compare the two.
/// </remarks>
internal sealed partial class YamlSubsetParser
{
    private const string Indicators = "-?:,[]{}#&*!|>'\"%@`";

    private static readonly SearchValues<char> Unsupported = SearchValues.Create(UnsupportedCharacters());

    // Characters that end a plain scalar inside [ ] or { }; ':' and '#' there are left to YamlDotNet.
    private static readonly SearchValues<char> FlowStops = SearchValues.Create(",[]{}:#");

    private readonly string _text;
    private int _lineStart;
    private int _lineEnd;
    private int _nextLine;
    private int _indent;
    private int _lineNumber;
    private bool _atEnd;

    private YamlSubsetParser(string text) => _text = text;

    /// <summary>The root mapping, or null when the file needs YamlDotNet (outside the subset, or not valid YAML).</summary>
    public static YamlItem? TryParse(string text)
    {
        if (text.AsSpan().ContainsAny(Unsupported) || HasLoneCarriageReturn(text))
        {
            return null;
        }
        try
        {
            return new YamlSubsetParser(text).Document();
        }
        catch (OutsideSubsetException)
        {
            return null;
        }
    }

    private YamlItem Document()
    {
        NextLine();
        if (!_atEnd && _indent == 0 && _text.AsSpan(_lineStart, _lineEnd - _lineStart).TrimEnd(' ').SequenceEqual("---"))
        {
            NextLine();
        }
        if (_atEnd)
        {
            throw Outside();
        }
        var root = Mapping(_lineStart + _indent, _indent);
        return _atEnd ? root : throw Outside();
    }

    /// <summary>Moves to the next line with content; blank and comment-only lines are skipped.</summary>
    private void NextLine()
    {
        while (_nextLine < _text.Length)
        {
            _lineStart = _nextLine;
            _lineNumber++;
            var newline = _text.IndexOf('\n', _lineStart);
            _nextLine = newline < 0 ? _text.Length : newline + 1;
            _lineEnd = newline < 0 ? _text.Length : newline > _lineStart && _text[newline - 1] == '\r' ? newline - 1 : newline;
            var at = SkipSpaces(_lineStart);
            if (at < _lineEnd && _text[at] != '#')
            {
                _indent = at - _lineStart;
                return;
            }
        }
        _atEnd = true;
    }

    /// <summary>A block node starting on the current line, more indented than its key.</summary>
    private YamlItem Block() => IsEntry(_lineStart + _indent) ? Sequence(_indent) : Mapping(_lineStart + _indent, _indent);

    private YamlItem Sequence(int indent)
    {
        var list = YamlItem.Sequence(_lineNumber, indent + 1);
        while (!_atEnd && _indent == indent && IsEntry(_lineStart + indent))
        {
            var at = SkipSpaces(_lineStart + indent + 1);
            // An empty item, an item on the next line, or a list in a list.
            if (at == _lineEnd || _text[at] == '#' || IsEntry(at))
            {
                throw Outside();
            }
            list.Add(StartsKey(at) ? Mapping(at, at - _lineStart) : Inline(at));
        }
        return _atEnd || _indent <= indent ? list : throw Outside();
    }

    /// <summary>A block mapping whose first key starts at <paramref name="at"/> on the current line; its keys stand at <paramref name="indent"/>.</summary>
    private YamlItem Mapping(int at, int indent)
    {
        var mapping = YamlItem.Mapping(_lineNumber, indent + 1);
        while (true)
        {
            var colon = KeyEnd(at, flow: false);
            var key = Key(mapping, at, colon);
            mapping.Add(new YamlEntry(key, key, _lineNumber, at - _lineStart + 1, Value(colon, indent)));
            if (_atEnd || _indent < indent)
            {
                return mapping;
            }
            if (_indent > indent)
            {
                throw Outside();
            }
            at = _lineStart + indent;
        }
    }

    /// <summary>The value after a block key's colon: on the same line, the block below, or null.</summary>
    private YamlItem Value(int colon, int indent)
    {
        var at = SkipSpaces(colon + 1);
        if (at < _lineEnd && _text[at] != '#')
        {
            return Inline(at);
        }
        var line = _lineNumber;
        // YamlDotNet places an empty value just after the colon.
        var column = colon - _lineStart + 2;
        NextLine();
        if (!_atEnd && _indent > indent)
        {
            return Block();
        }
        if (!_atEnd && _indent == indent && IsEntry(_lineStart + indent))
        {
            return Sequence(indent);
        }
        return YamlItem.Scalar(line, column, "", plain: true);
    }

    /// <summary>A value written on the rest of the current line; moves to the next line.</summary>
    private YamlItem Inline(int at)
    {
        YamlItem item;
        if (_text[at] is '[' or '{')
        {
            item = Flow(ref at);
        }
        else if (_text[at] is '"' or '\'')
        {
            item = Quoted(ref at);
        }
        else
        {
            item = Plain(ref at);
        }
        var rest = SkipSpaces(at);
        if (rest < _lineEnd && !(_text[rest] == '#' && rest > at))
        {
            throw Outside();
        }
        NextLine();
        return item;
    }

    /// <summary>A key of letters, digits, '_' or '-' (the format's keys and likely typos of them) followed by a colon.</summary>
    private int KeyEnd(int at, bool flow)
    {
        var i = at;
        while (i < _lineEnd && (char.IsAsciiLetterOrDigit(_text[i]) || _text[i] is '_' or '-'))
        {
            i++;
        }
        var closed = Peek(i) == ':' && (i + 1 == _lineEnd ? !flow : _text[i + 1] == ' ');
        return i > at && _text[at] != '-' && i - at <= 1000 && closed ? i : throw Outside();
    }

    private bool StartsKey(int at)
    {
        var i = at;
        while (i < _lineEnd && (char.IsAsciiLetterOrDigit(_text[i]) || _text[i] is '_' or '-'))
        {
            i++;
        }
        return i > at && Peek(i) == ':' && (i + 1 == _lineEnd || _text[i + 1] == ' ');
    }

    private string Key(YamlItem mapping, int at, int colon)
    {
        var name = _text.Substring(at, colon - at);
        // A duplicate key is an error YamlDotNet reports in its own words.
        return mapping.IndexOf(name) < 0 ? name : throw Outside();
    }

    private bool CanStartPlain(int at) =>
        !Indicators.Contains(_text[at], StringComparison.Ordinal) || (_text[at] == '-' && at + 1 < _lineEnd && _text[at + 1] != ' ');

    private bool IsEntry(int at) => _text[at] == '-' && (at + 1 == _lineEnd || _text[at + 1] == ' ');

    private char Peek(int at) => at < _lineEnd ? _text[at] : '\n';

    private int SkipSpaces(int at)
    {
        while (at < _lineEnd && _text[at] == ' ')
        {
            at++;
        }
        return at;
    }

    private static bool HasLoneCarriageReturn(string text)
    {
        for (var at = text.IndexOf('\r'); at >= 0; at = text.IndexOf('\r', at + 1))
        {
            if (at + 1 == text.Length || text[at + 1] != '\n')
            {
                return true;
            }
        }
        return false;
    }

    // Tabs, control characters, YAML's other line breaks, a byte-order mark, surrogates (their columns) and non-characters.
    private static string UnsupportedCharacters()
    {
        var characters = new StringBuilder();
        for (var c = 0; c <= 0xFFFF; c++)
        {
            if ((c < 0x20 && c is not '\n' and not '\r') || c is >= 0x7F and <= 0x9F || c is 0x2028 or 0x2029 or 0xFEFF or 0xFFFE or 0xFFFF
                || c is >= 0xD800 and <= 0xDFFF)
            {
                characters.Append((char)c);
            }
        }
        return characters.ToString();
    }

    private static OutsideSubsetException Outside() => new();

    /// <summary>Thrown inside the parser to give the file to YamlDotNet; never escapes <see cref="TryParse"/>.</summary>
    private sealed class OutsideSubsetException : Exception;
}
