using System.Text;

namespace Gameplan.Core.PlanFiles;

// Values on one line: plain scalars, quoted scalars and flow collections.
internal sealed partial class YamlSubsetParser
{
    private YamlItem Plain(ref int at)
    {
        if (!CanStartPlain(at))
        {
            throw Outside();
        }
        var comment = _text.AsSpan(at, _lineEnd - at).IndexOf(" #", StringComparison.Ordinal);
        var end = comment < 0 ? _lineEnd : at + comment;
        var text = _text.AsSpan(at, end - at).TrimEnd(' ');
        // "a: b" or a trailing colon would make YAML read a mapping, or fail.
        if (text.Contains(": ", StringComparison.Ordinal) || text[^1] == ':')
        {
            throw Outside();
        }
        var item = YamlItem.Scalar(_lineNumber, at - _lineStart + 1, text.ToString(), plain: true);
        at = end;
        return item;
    }

    /// <summary>A one-line <c>[ ... ]</c> or <c>{ ... }</c>, nested ones included.</summary>
    private YamlItem Flow(ref int at)
    {
        var isList = _text[at] == '[';
        var item = isList ? YamlItem.Sequence(_lineNumber, at - _lineStart + 1) : YamlItem.Mapping(_lineNumber, at - _lineStart + 1);
        var close = isList ? ']' : '}';
        at = SkipSpaces(at + 1);
        if (Peek(at) == close)
        {
            at++;
            return item;
        }
        while (true)
        {
            if (isList)
            {
                item.Add(FlowValue(ref at));
            }
            else
            {
                var colon = KeyEnd(at, flow: true);
                var key = Key(item, at, colon);
                var column = at - _lineStart + 1;
                at = SkipSpaces(colon + 1);
                item.Add(new YamlEntry(key, key, _lineNumber, column, FlowValue(ref at)));
            }
            at = SkipSpaces(at);
            if (Peek(at) == close)
            {
                at++;
                return item;
            }
            at = Peek(at) == ',' ? SkipSpaces(at + 1) : throw Outside();
            if (at >= _lineEnd || Peek(at) == close)
            {
                throw Outside();
            }
        }
    }

    private YamlItem FlowValue(ref int at)
    {
        if (Peek(at) is '[' or '{')
        {
            return Flow(ref at);
        }
        if (Peek(at) is '"' or '\'')
        {
            return Quoted(ref at);
        }
        if (at >= _lineEnd || !CanStartPlain(at) || FlowStops.Contains(_text[at + 1 < _lineEnd && _text[at] == '-' ? at + 1 : at]))
        {
            throw Outside();
        }
        var length = _text.AsSpan(at, _lineEnd - at).IndexOfAny(FlowStops);
        var stop = length < 0 ? _lineEnd : at + length;
        if (stop == _lineEnd || _text[stop] is not (',' or ']' or '}'))
        {
            throw Outside();
        }
        var item = YamlItem.Scalar(_lineNumber, at - _lineStart + 1, _text.AsSpan(at, stop - at).TrimEnd(' ').ToString(), plain: true);
        at = stop;
        return item;
    }

    /// <summary>A one-line single- or double-quoted scalar; the common escapes only.</summary>
    private YamlItem Quoted(ref int at)
    {
        var column = at - _lineStart + 1;
        var quote = _text[at];
        StringBuilder? built = null;
        var run = at + 1;
        var i = run;
        while (true)
        {
            if (i >= _lineEnd)
            {
                throw Outside();
            }
            var c = _text[i];
            if (c == quote && !(quote == '\'' && Peek(i + 1) == '\''))
            {
                break;
            }
            if (c == '\'' && quote == '\'')
            {
                (built ??= new StringBuilder()).Append(_text, run, i - run + 1);
                i += 2;
                run = i;
            }
            else if (c == '\\' && quote == '"')
            {
                (built ??= new StringBuilder()).Append(_text, run, i - run);
                i = Escape(i, built);
                run = i;
            }
            else
            {
                i++;
            }
        }
        var value = built is null ? _text.Substring(run, i - run) : built.Append(_text, run, i - run).ToString();
        at = i + 1;
        return YamlItem.Scalar(_lineNumber, column, value, plain: false);
    }

    /// <summary>Appends the escape at <paramref name="at"/> (a backslash) and returns where the text goes on.</summary>
    private int Escape(int at, StringBuilder built)
    {
        var c = Peek(at + 1);
        var simple = c switch { '\\' => '\\', '"' => '"', '/' => '/', 'n' => '\n', 't' => '\t', 'r' => '\r', '0' => '\0', _ => (char?)null };
        if (simple is { } plain)
        {
            built.Append(plain);
            return at + 2;
        }
        if (c == 'u' && at + 6 <= _lineEnd
            && ushort.TryParse(_text.AsSpan(at + 2, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var code)
            && !char.IsSurrogate((char)code))
        {
            built.Append((char)code);
            return at + 6;
        }
        throw Outside();
    }
}
