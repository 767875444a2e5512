"""The extraction stage: mentions, then moves, then roles."""

from __future__ import annotations

from mercato.extract.context import analyse
from mercato.extract.moves import extract_moves
from mercato.extract.roles import extract_roles
from mercato.model import Article


def extract_stage(article: Article) -> Article:
    """Fill ``article.moves`` and ``article.roles`` from its text."""
    ctx = analyse(article)
    article.moves = extract_moves(ctx)
    article.roles = extract_roles(ctx, article.moves)
    article.mentions = sorted(
        [m for info in ctx.infos for m in info.clubs + info.people + info.fees + info.sources],
        key=lambda m: m.start,
    )
    return article
