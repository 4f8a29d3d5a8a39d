using Microsoft.AspNetCore.Html;

namespace Gameplan.Web.Search;

/// <summary>
/// A found text with each searched word wrapped in <c>&lt;mark&gt;</c>. The text is HTML-encoded piece by
/// piece, so a plan named <c>&lt;script&gt;</c> shows as text; only the marks are markup.
/// </summary>
public static class Highlight
{
    public static IHtmlContent Words(string? text, IReadOnlyList<string> words)
    {
        var html = new HtmlContentBuilder();
        if (string.IsNullOrEmpty(text))
        {
            return html;
        }
        var marked = new bool[text.Length];
        foreach (var word in words.Where(w => w.Length > 0))
        {
            for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.OrdinalIgnoreCase))
            {
                Array.Fill(marked, true, at, word.Length);
            }
        }
        var start = 0;
        while (start < text.Length)
        {
            var end = start;
            while (end < text.Length && marked[end] == marked[start])
            {
                end++;
            }
            var piece = text[start..end];
            if (marked[start])
            {
                html.AppendHtml("<mark>").Append(piece).AppendHtml("</mark>");
            }
            else
            {
                html.Append(piece);
            }
            start = end;
        }
        return html;
    }
}
