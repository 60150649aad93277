"""Two patterns several stages share: a web address as a name, an indefinite source phrase."""

from __future__ import annotations

from ..regexes import LazyPattern

# `Booking.com`, `rentals.ca`: a web address (one token: ``tokens`` keeps a stop before lower-case
# letters inside the word) names the business behind it, whatever its case
WEB_NAME = LazyPattern(r"\p{L}[\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,4}")

# an indefinite source phrase: `A spokeswoman`, `One resident`, `another official`
INDEFINITE = LazyPattern(r"(?i)(?:a|an|one|another|some)\s")
