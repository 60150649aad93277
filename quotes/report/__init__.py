"""The highlight report: one self-contained HTML page showing every quote inside its article.

``render_report`` takes documents with their quotes and returns a single HTML page with inline
CSS and JavaScript and no external references (a Content-Security-Policy forbids any).  At the
top, the who-said-what table: choosing a speaker filters the page to that speaker's quotes.
Below, each article with every quote's content, cue and mention highlighted in three styles
that differ in shape as well as colour (Okabe–Ito palette).

Spans may overlap and nest: a cue and mention inside their own content, a cue of one quote inside
another quote's content, shared cues and mentions.  The markup is built from sorted boundary
events, so tags always nest; where two spans truly cross, the inner element is closed and
reopened, and only the first fragment of a quote's content carries ``data-quote-id``.
"""

from .page import render_report

__all__ = ["render_report"]
