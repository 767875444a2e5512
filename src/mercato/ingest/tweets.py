"""Find tweets pasted into articles, and links, keeping offsets into the raw text.

An embedded tweet is pasted as ``<tweet text> — Display Name (@handle) June 3, 2022``,
often with ``https://t.co/...`` or ``pic.twitter.com/...`` links before the signature.
The extract stage credits the tweet's author as a source and knows which text is theirs.
"""

from __future__ import annotations

import re
from functools import cache

from mercato.ingest.dates import date_pattern
from mercato.model import Tweet

LINK = re.compile(r"(?:https?://|pic\.twitter\.com/|www\.)[^\s<>\"'’”)\]]+", re.IGNORECASE)
_SIGNATURE = re.compile(
    r"(?:[—–]|(?<=\s)-)[ \t]*(?P<name>[^\n—–()@]{1,60}?)[ \t]*\(@(?P<handle>\w{1,30})\)[ \t]*"
)

_MAX_TWEET = 300  # a tweet holds 280 characters; a longer line also holds article text
_SENTENCE_END = re.compile(r"[.!?…»”\"]\s+")


@cache
def _date_at() -> re.Pattern[str]:
    return date_pattern(None)


def _tweet_start(text: str, dash: int) -> int:
    """Start of the tweet text: its line (or the previous non-empty line when the signature
    sits alone), cut at a sentence end when the line is longer than a tweet can be."""
    line_start = text.rfind("\n", 0, dash) + 1
    if not text[line_start:dash].strip():
        prev_end = line_start - 1
        while prev_end > 0 and text[prev_end - 1].isspace():
            prev_end -= 1
        line_start = text.rfind("\n", 0, prev_end) + 1
    if dash - line_start > _MAX_TWEET:
        boundary = _SENTENCE_END.search(text, dash - _MAX_TWEET, dash)
        line_start = boundary.end() if boundary else dash - _MAX_TWEET
    while line_start < dash and text[line_start].isspace():
        line_start += 1
    return line_start


def find_tweets(text: str) -> list[Tweet]:
    """Every pasted tweet, from its text's line start to the end of its date."""
    tweets: list[Tweet] = []
    for m in _SIGNATURE.finditer(text):
        date = _date_at().match(text, m.end())
        if date is None or date.group("om"):
            continue
        start = _tweet_start(text, m.start())
        if tweets and start < tweets[-1].end:
            start = m.start()
        name = m.group("name").strip() or None
        tweets.append(Tweet(start, date.end(), name, m.group("handle"), date.group()))
    return tweets


def link_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every URL and ``pic.twitter.com`` link."""
    return [(m.start(), m.end()) for m in LINK.finditer(text)]
