using System.Buffers;
using System.Globalization;
using System.Text;

namespace AzNormalize.Cli.Output;

/// <summary>
/// <c>fix --format html</c>: one self-contained review page for a run (no external assets). Each input is a section with
/// the cleaned text in which every edit is a <c>mark</c> (its kind and confidence as classes and data attributes, the
/// original on hover, and on click or Enter); the page's script builds the per-kind summary and its bar chart from those
/// marks, filters them by kind and confidence, and moves from edit to edit with <c>n</c>/<c>p</c> (or <c>j</c>/<c>k</c>).
/// Readable on a phone (one column, wrapped text).
/// </summary>
internal static class HtmlReview
{
    /// <summary>The page's head, style, header and the controls the script fills in.</summary>
    public static void WriteStart(IBufferWriter<byte> output, string tool)
    {
        Utf8Output.Write(output, $$"""
            <!DOCTYPE html>
            <html lang="az">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="{{Escape(tool)}}">
            <title>aznorm review</title>
            <style>
            :root { --ink: #1d2330; --muted: #5c6577; --line: #d9dde5; --paper: #fbfbfd; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); background: var(--paper); }
            header, main, footer { max-width: 60rem; margin: 0 auto; padding: 0.75rem 1rem; }
            h1 { font-size: 1.3rem; margin: 0.4rem 0; }
            h2 { font-size: 1.05rem; margin: 0; word-break: break-all; }
            .controls { display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; align-items: center; font-size: 0.9rem; }
            .controls label { white-space: nowrap; }
            #summary table { border-collapse: collapse; font-size: 0.9rem; margin: 0.5rem 0; }
            #summary td, #summary th { padding: 0.15rem 0.6rem 0.15rem 0; text-align: left; }
            #summary td.n { text-align: right; }
            .bar { display: inline-block; height: 0.7rem; border-radius: 2px; vertical-align: middle; }
            section.file { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 0.75rem 1rem; margin: 0.9rem 0; }
            section.file .counts { color: var(--muted); font-size: 0.85rem; margin: 0.2rem 0 0.5rem; }
            pre.text { white-space: pre-wrap; overflow-wrap: anywhere; font: inherit; margin: 0; }
            mark.edit { background: color-mix(in srgb, var(--kind) 22%, white); border-bottom: 2px solid var(--kind); border-radius: 3px; padding: 0 1px; cursor: pointer; color: inherit; }
            mark.edit.low { border-bottom-style: dashed; }
            mark.edit.deletion::before { content: "\232B"; color: var(--kind); font-size: 0.8em; }
            mark.edit.showing-original { text-decoration: line-through; background: #fff3cd; }
            mark.edit.off { background: none; border-bottom: none; cursor: auto; }
            mark.edit.off.deletion::before { content: none; }
            mark.edit:focus { outline: 2px solid var(--kind); outline-offset: 1px; }
            .help { color: var(--muted); font-size: 0.85rem; }
            @media (max-width: 40rem) { body { font-size: 17px; } header, main, footer { padding: 0.5rem 0.6rem; } section.file { padding: 0.6rem; } }
            </style>
            </head>
            <body>
            <header>
            <h1>aznorm review</h1>
            <p class="help">Each change is marked; its original shows on hover, and on click or Enter. <kbd>n</kbd>/<kbd>j</kbd> next change, <kbd>p</kbd>/<kbd>k</kbd> previous.</p>
            <div id="summary"></div>
            <div class="controls" id="controls">
            <label>Confidence at least <input type="range" id="confidence" min="0" max="1" step="0.05" value="0"> <output id="confidence-value">0.00</output></label>
            <span id="kinds"></span>
            </div>
            </header>
            <main>

            """);
    }

    /// <summary>One input's section: its name, counts, and the cleaned text with the edits marked.</summary>
    public static void WriteFile(IBufferWriter<byte> output, string name, string original, FixResult result)
    {
        var html = new StringBuilder(original.Length + (result.Edits.Count * 160) + 256);
        var kinds = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (Edit edit in result.Edits)
        {
            string kind = edit.Kind.ToString();
            kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
        }

        html.Append(CultureInfo.InvariantCulture, $"<section class=\"file\" data-path=\"{Escape(name)}\" data-edits=\"{result.Edits.Count}\">\n<h2>{Escape(name)}</h2>\n");
        html.Append("<p class=\"counts\">")
            .Append(result.Edits.Count == 0 ? "no changes" : string.Join(", ", kinds.Select(pair => string.Create(CultureInfo.InvariantCulture, $"{pair.Key} {pair.Value}"))))
            .Append("</p>\n<pre class=\"text\">\n"); // HTML drops a line break right after <pre>: this one, not the text's
        int position = 0;
        int index = 0;
        foreach (Edit edit in result.Edits)
        {
            html.Append(Escape(original.AsSpan(position, edit.Start - position)));
            string confidence = edit.Confidence.ToString("0.00", CultureInfo.InvariantCulture);
            html.Append(CultureInfo.InvariantCulture,
                $"<mark class=\"edit k-{edit.Kind}{(edit.Replacement.Length == 0 ? " deletion" : string.Empty)}{(edit.Confidence < 0.8 ? " low" : string.Empty)}\" tabindex=\"0\" data-index=\"{index++}\" data-kind=\"{edit.Kind}\" data-confidence=\"{confidence}\" data-start=\"{edit.Start}\" data-length=\"{edit.Length}\" data-original=\"{Escape(edit.Original)}\" data-replacement=\"{Escape(edit.Replacement)}\" title=\"{Escape(Visible(edit.Original))} → {Escape(Visible(edit.Replacement))} · {edit.Kind} {confidence} · {Escape(edit.Reason)}\">");
            html.Append(Escape(edit.Replacement)).Append("</mark>");
            position = edit.End;
        }

        html.Append(Escape(original.AsSpan(position))).Append("</pre>\n</section>\n");
        Utf8Output.Write(output, html.ToString());
    }

    /// <summary>The page's end: the script that builds the summary, the filters and the keyboard navigation.</summary>
    public static void WriteEnd(IBufferWriter<byte> output)
    {
        Utf8Output.Write(output, """
            </main>
            <footer class="help">Made by aznorm fix --format html. Offsets (data-start, data-length) are UTF-16 code units of the original, as in --format json.</footer>
            <script>
            (() => {
              const palette = ["#2f6fdf", "#c2410c", "#15803d", "#9333ea", "#b91c1c", "#0e7490", "#a16207", "#be185d", "#4d7c0f", "#1d4ed8", "#7c2d12", "#0f766e", "#6d28d9"];
              const marks = Array.from(document.querySelectorAll("mark.edit"));
              const counts = new Map();
              for (const mark of marks) counts.set(mark.dataset.kind, (counts.get(mark.dataset.kind) || 0) + 1);
              const kinds = Array.from(counts.keys()).sort();
              const colour = new Map(kinds.map((kind, i) => [kind, palette[i % palette.length]]));
              for (const mark of marks) mark.style.setProperty("--kind", colour.get(mark.dataset.kind));

              const files = document.querySelectorAll("section.file");
              const summary = document.getElementById("summary");
              const max = Math.max(1, ...counts.values());
              let rows = `<p>${files.length} file${files.length === 1 ? "" : "s"}, ${marks.length} change${marks.length === 1 ? "" : "s"}</p>`;
              rows += "<table><thead><tr><th>kind</th><th>changes</th><th></th></tr></thead><tbody>";
              for (const kind of kinds) {
                const n = counts.get(kind);
                rows += `<tr data-kind="${kind}"><td>${kind}</td><td class="n">${n}</td><td><span class="bar" style="width:${Math.max(2, Math.round(160 * n / max))}px;background:${colour.get(kind)}"></span></td></tr>`;
              }
              summary.innerHTML = rows + "</tbody></table>";

              const kindBoxes = document.getElementById("kinds");
              for (const kind of kinds) {
                const label = document.createElement("label");
                label.innerHTML = `<input type="checkbox" checked data-kind="${kind}"> ${kind}`;
                kindBoxes.appendChild(label);
              }
              const slider = document.getElementById("confidence");
              const sliderValue = document.getElementById("confidence-value");
              const visible = () => marks.filter(mark => !mark.classList.contains("off"));
              function filter() {
                const min = parseFloat(slider.value);
                sliderValue.textContent = min.toFixed(2);
                const on = new Set(Array.from(kindBoxes.querySelectorAll("input:checked")).map(box => box.dataset.kind));
                for (const mark of marks) mark.classList.toggle("off", !on.has(mark.dataset.kind) || parseFloat(mark.dataset.confidence) < min);
              }
              slider.addEventListener("input", filter);
              kindBoxes.addEventListener("change", filter);

              function toggle(mark) {
                if (mark.classList.contains("off")) return;
                const showing = mark.classList.toggle("showing-original");
                mark.textContent = showing ? mark.dataset.original : mark.dataset.replacement;
              }
              for (const mark of marks) {
                mark.addEventListener("click", () => toggle(mark));
                mark.addEventListener("keydown", event => { if (event.key === "Enter") toggle(mark); });
              }
              document.addEventListener("keydown", event => {
                if (event.target instanceof HTMLInputElement || event.ctrlKey || event.metaKey || event.altKey) return;
                const step = event.key === "n" || event.key === "j" ? 1 : event.key === "p" || event.key === "k" ? -1 : 0;
                if (step === 0) return;
                const list = visible();
                if (list.length === 0) return;
                const at = list.indexOf(document.activeElement);
                const next = list[at < 0 ? (step > 0 ? 0 : list.length - 1) : (at + step + list.length) % list.length];
                next.focus();
                next.scrollIntoView({ block: "center" });
                event.preventDefault();
              });
              document.body.dataset.ready = "true";
            })();
            </script>
            </body>
            </html>

            """);
    }

    /// <summary>The five characters that matter in HTML text and quoted attributes, as entities; every other character as it is (the page is UTF-8).</summary>
    private static string Escape(ReadOnlySpan<char> text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            string? entity = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (entity is null)
            {
                escaped.Append(c);
            }
            else
            {
                escaped.Append(entity);
            }
        }

        return escaped.ToString();
    }

    /// <summary>Line breaks and spaces made visible in a title.</summary>
    private static string Visible(string text) => text.Length == 0 ? "∅" : text.Replace("\n", "⏎", StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal);
}
