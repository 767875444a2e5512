"""Ingest: read articles from files, folders, JSONL and stdin; parse headers; find tweets."""

from mercato.ingest.header import Header, header_stage, parse_header
from mercato.ingest.readers import DEFAULT_MAX_BYTES, read_paths
from mercato.ingest.tweets import find_tweets, link_spans

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Header",
    "find_tweets",
    "header_stage",
    "link_spans",
    "parse_header",
    "read_paths",
]
