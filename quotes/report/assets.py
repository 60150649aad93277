"""The report page's fixed parts: HTML template, Content-Security-Policy, legend, CSS, JavaScript."""
# ruff: noqa: E501  (the page's CSS and JavaScript are kept as written)

from __future__ import annotations

LEGEND = """<ul class="legend" aria-label="legend">
<li><mark class="q k-direct sample">content</mark> quote content (tint: <mark class="q k-direct sample">direct</mark>
<mark class="q k-indirect sample">indirect</mark> <mark class="q k-mixed sample">mixed</mark>), underlined</li>
<li><span class="cue">cue</span> bold, dotted box</li>
<li><span class="mention">mention</span> double underline</li>
<li><mark class="q k-direct unresolved sample">no speaker</mark> unresolved: red dashed border</li>
<li>Hover over or Tab to a quote for its speaker, role, kind and confidence.</li>
</ul>"""

_CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
        "img-src data:; base-uri 'none'; form-action 'none'")

PAGE = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="quotes report">
<title>{{title}}</title>
<style>{{css}}</style>
</head>
<body>
<a class="skip" href="#articles">Skip to the articles</a>
<header>
<h1>{{title}}</h1>
<p class="summary">{{summary}}</p>
{{failures}}
</header>
<main>
<section class="top" aria-label="speakers">
{{legend}}
<div class="filter-bar"><button type="button" id="show-all" disabled>Show all quotes</button>
<span id="status" role="status" aria-live="polite">Showing every quote.</span></div>
{{table}}
<nav aria-label="articles"><h2>Articles</h2><ol class="contents">{{contents}}</ol></nav>
</section>
<section id="articles" aria-label="articles">{{articles}}</section>
</main>
<div id="tip" role="tooltip" hidden></div>
<script>{{js}}</script>
</body>
</html>
"""

# Okabe–Ito palette: sky blue #56B4E9, orange #E69F00, bluish green #009E73, vermillion #D55E00,
# blue #0072B2, reddish purple #CC79A7.
CSS = """
:root { --direct: #56B4E9; --indirect: #E69F00; --mixed: #009E73; --bad: #D55E00;
  --cue: #0072B2; --mention: #CC79A7; --ink: #1a1a1a; --muted: #555; --line: #d0d0d0; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff;
  font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
header, main { max-width: 60rem; margin: 0 auto; padding: 0 1.25rem; }
h1 { margin: 1.2rem 0 0; font-size: 1.6rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
h2 small { font-weight: normal; color: var(--muted); }
.summary { color: var(--muted); margin: .2rem 0 1rem; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: .5rem; background: #fff; padding: .3rem .6rem; z-index: 10; }
:focus-visible { outline: 3px solid var(--cue); outline-offset: 2px; }
table.who { border-collapse: collapse; width: 100%; font-size: .95rem; }
table.who caption { text-align: left; font-weight: 600; padding-bottom: .4rem; }
table.who th, table.who td { border-bottom: 1px solid var(--line); padding: .25rem .5rem; text-align: left;
  vertical-align: top; }
table.who thead th { border-bottom: 2px solid var(--ink); }
table.who .num { text-align: right; font-variant-numeric: tabular-nums; }
/* narrow screens (a phone, 420 px): every column stays on screen; long names and paths wrap */
table.who th, table.who td, nav a, h2 { overflow-wrap: anywhere; }
@media screen and (max-width: 640px) {
  header, main { padding: 0 .6rem; }
  table.who { font-size: .85rem; }
  table.who th, table.who td { padding: .2rem .25rem; }
}
button.speaker { font: inherit; font-weight: 600; color: var(--cue); background: none; border: 0;
  padding: 0; text-align: left; cursor: pointer; text-decoration: underline; }
button.speaker[aria-pressed="true"] { color: #fff; background: var(--cue); padding: 0 .3rem;
  text-decoration: none; }
tr.unresolved-row button.speaker { color: var(--bad); }
tr.unresolved-row button.speaker[aria-pressed="true"] { color: #fff; background: var(--bad); }
.filter-bar { margin: .6rem 0; display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; }
#show-all { font: inherit; padding: .2rem .7rem; cursor: pointer; }
#status { color: var(--muted); }
.legend { list-style: none; padding: .5rem .75rem; margin: .5rem 0; border: 1px solid var(--line);
  border-radius: 4px; font-size: .9rem; display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; }
.contents { columns: 2; font-size: .9rem; }
article.doc { border-top: 2px solid var(--line); margin-top: 1.5rem; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "Times New Roman", serif;
  font-size: 1.05rem; line-height: 1.75; max-width: 46rem; }
mark.q { color: inherit; background: rgba(86, 180, 233, .24);
  border-bottom: 2px solid var(--direct); -webkit-box-decoration-break: clone; box-decoration-break: clone;
  cursor: help; }
mark.q.k-indirect { background: rgba(230, 159, 0, .22); border-bottom-color: var(--indirect); }
mark.q.k-mixed { background: rgba(0, 158, 115, .18); border-bottom-color: var(--mixed); }
mark.q mark.q { border-bottom-width: 4px; }
mark.q.unresolved { outline: 2px dashed var(--bad); outline-offset: 1px; }
mark.q.unresolved[data-quote-id]::before, mark.q.unresolved.sample::before { content: "unresolved";
  font: 600 .7rem/1 system-ui, sans-serif; color: #fff; background: var(--bad); padding: .1rem .3rem;
  margin-right: .25rem; border-radius: 2px; vertical-align: .15em; }
mark.q.sample { padding: 0 .2rem; }
.badge { font-size: .75rem; font-weight: 600; color: #fff; background: var(--bad); padding: 0 .3rem; border-radius: 2px; }
.cue { font-weight: 700; border: 1.5px dotted var(--cue); border-radius: 2px; -webkit-box-decoration-break: clone;
  box-decoration-break: clone; }
.mention { text-decoration-line: underline; text-decoration-style: double; text-decoration-color: var(--mention);
  text-decoration-thickness: 2px; text-underline-offset: 4px; font-style: italic; }
.quote-list { font-size: .9rem; margin: .8rem 0; }
.source { margin: -.3rem 0 .6rem; color: var(--muted); font-size: .9rem; }
.also-in { color: var(--muted); }
.quote-list summary { cursor: pointer; color: var(--muted); }
.none { color: var(--muted); font-style: italic; }
.failures { border-left: 4px solid var(--bad); padding: .3rem .8rem; margin: 0 0 1rem; background: #fff4ec; }
.failures ul { margin: .2rem 0; }
body.filtered .off { background: none; border-color: transparent; outline: none; font-weight: inherit;
  text-decoration: none; font-style: inherit; cursor: auto; }
body.filtered mark.q.off::before { content: none; }
body.filtered li.off { display: none; }
#tip { position: absolute; z-index: 20; max-width: 24rem; background: #111; color: #fff; padding: .5rem .7rem;
  border-radius: 4px; font: .85rem/1.45 system-ui, sans-serif; box-shadow: 0 2px 8px rgba(0,0,0,.3);
  pointer-events: none; white-space: normal; }
#tip dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 0 .6rem; }
#tip dt { color: #bbb; }
#tip dd { margin: 0; }
#tip .warn { color: #ffb27a; font-weight: 700; }
@media screen and (min-width: 1100px) {
  header, main { max-width: 88rem; }
  main { display: grid; grid-template-columns: minmax(24rem, 30rem) minmax(0, 1fr); gap: 2.5rem; }
  .top { position: sticky; top: 0; align-self: start; max-height: 100vh; overflow-y: auto; padding-bottom: 1rem;
    font-size: .9rem; }
  .contents { columns: 1; }
  article.doc:first-child { margin-top: 0; }
  article.doc:first-child h2 { margin-top: .4rem; }
}
@media print {
  .skip, .filter-bar, #tip, nav, .legend li:last-child { display: none !important; }
  body { font-size: 11pt; }
  header, main { max-width: none; padding: 0; }
  article.doc { break-before: page; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  mark.q[data-quote-id]::before { content: "[" attr(data-speaker) "] "; font: italic 600 .75em/1 sans-serif;
    color: var(--ink); background: none; padding: 0; }
  .quote-list summary { display: none; }
  .quote-list > ol { display: block; }
  button.speaker { color: var(--ink); text-decoration: none; }
  table.who { break-inside: avoid; }
}
"""

JS = r"""
(function () {
  "use strict";
  var tip = document.getElementById("tip");
  var status = document.getElementById("status");
  var showAll = document.getElementById("show-all");
  var buttons = Array.prototype.slice.call(document.querySelectorAll("button.speaker"));
  var current = null;

  function quoteOf(el) { return el && el.closest ? el.closest("mark.q[data-of]") : null; }

  function fill(el, extra) {
    var d = el.dataset;
    tip.textContent = "";
    var dl = document.createElement("dl");
    function row(name, value, cls) {
      var dt = document.createElement("dt"), dd = document.createElement("dd");
      dt.textContent = name; dd.textContent = value;
      if (cls) { dd.className = cls; }
      dl.appendChild(dt); dl.appendChild(dd);
    }
    if (d.resolved === "false") { row("speaker", "unresolved" + (d.type === "unnamed" ? " (unnamed source)" : ""), "warn"); }
    else { row("speaker", d.speaker); }
    row("role", d.role || "—");
    if (d.roleHere) { row("role here", d.roleHere); }
    row("type", d.type);
    row("kind", d.kind);
    row("confidence", d.confidence);
    if (d.mention) { row("mention", d.mention); }
    if (d.cue) { row("cue", d.cue); }
    if (d.also) { row("also in", d.also); }
    if (extra) { row(extra[0], extra[1]); }
    tip.appendChild(dl);
  }

  function place(x, y) {
    tip.hidden = false;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var left = Math.min(x + 12, window.scrollX + document.documentElement.clientWidth - w - 8);
    var top = y + 18;
    if (top + h > window.scrollY + window.innerHeight) { top = y - h - 12; }
    tip.style.left = Math.max(window.scrollX + 4, left) + "px";
    tip.style.top = Math.max(window.scrollY + 4, top) + "px";
  }

  function speakerName(id) {
    for (var i = 0; i < buttons.length; i++) { if (buttons[i].dataset.speakerId === id) { return buttons[i].textContent; } }
    return id;
  }

  function show(target, x, y) {
    var q = quoteOf(target);
    var part = target.closest && target.closest(".cue, .mention");
    if (!q && !part) { hide(); return; }
    var extra = null;
    if (part) {
      var who = part.dataset.speakers.split(" ").map(speakerName)
        .filter(function (v, i, a) { return a.indexOf(v) === i; }).join("; ");
      extra = [part.classList.contains("cue") ? "cue of" : "mention of", who];
    }
    if (q) { fill(q, extra); }
    else { tip.textContent = ""; var p = document.createElement("div"); p.textContent = extra[0] + ": " + extra[1]; tip.appendChild(p); }
    place(x, y);
  }

  function hide() { tip.hidden = true; }

  document.addEventListener("mouseover", function (ev) {
    if (ev.target.closest && ev.target.closest("mark.q[data-of], .cue, .mention")) { show(ev.target, ev.pageX, ev.pageY); }
    else { hide(); }
  });
  document.addEventListener("mousemove", function (ev) { if (!tip.hidden && quoteOf(ev.target)) { place(ev.pageX, ev.pageY); } });
  document.addEventListener("focusin", function (ev) {
    var q = ev.target;
    if (q.matches && q.matches("mark.q[data-quote-id]")) {
      var r = q.getClientRects()[0] || q.getBoundingClientRect();
      show(q, r.left + window.scrollX, r.bottom + window.scrollY - 12);
    } else { hide(); }
  });
  document.addEventListener("focusout", hide);
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") { hide(); } });

  function apply(id) {
    current = id;
    document.body.classList.toggle("filtered", id !== null);
    buttons.forEach(function (b) { b.setAttribute("aria-pressed", String(b.dataset.speakerId === id)); });
    var shown = 0, docs = 0;
    document.querySelectorAll("article.doc").forEach(function (art) {
      var hit = 0;
      art.querySelectorAll("[data-of]").forEach(function (el) {
        var ids = (el.dataset.speakers || el.dataset.speakerId || "").split(" ");
        var on = id === null || ids.indexOf(id) >= 0;
        el.classList.toggle("off", !on);
        if (el.hasAttribute("data-quote-id")) {
          el.tabIndex = on ? 0 : -1;
          if (on) { hit++; }
        }
      });
      art.hidden = id !== null && hit === 0;
      if (hit) { docs++; shown += hit; }
    });
    showAll.disabled = id === null;
    if (id !== null && window.matchMedia("(min-width: 1100px)").matches) {
      // side-by-side layout: bring the first of their quotes into view beside the table
      var first = document.querySelector("mark.q[data-quote-id]:not(.off)");
      if (first) { first.scrollIntoView({block: "center"}); }
    }
    status.textContent = id === null ? "Showing every quote."
      : "Showing " + shown + " quote" + (shown === 1 ? "" : "s") + " by " + speakerName(id) + " in " + docs +
        " article" + (docs === 1 ? "" : "s") + ".";
    hide();
  }

  buttons.forEach(function (b) {
    b.addEventListener("click", function () { apply(current === b.dataset.speakerId ? null : b.dataset.speakerId); });
  });
  showAll.addEventListener("click", function () { apply(null); });
})();
"""
