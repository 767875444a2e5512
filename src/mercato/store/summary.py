"""A story's summary row, computed from its reports (the moves that share its id).

The person is the fullest spelling reported, the type and clubs the most reported ones,
the status the one :func:`mercato.stories.story_status` reaches over the reports in date
order, and the fee the latest one reported.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from mercato.stories import folded_name, move_kind, story_status


def _most_common(values: list[Any]) -> Any:
    present = [v for v in values if v]
    return Counter(present).most_common(1)[0][0] if present else None


def summarise_story(story_id: str, reports: Sequence[Any]) -> dict[str, Any]:
    """The ``stories`` row of ``story_id``; ``reports`` are in date order."""
    days = [r.day for r in reports if r.day is not None]
    fees = [r.fee_eur for r in reports if r.fee_eur is not None]
    move_type = _most_common([r.type for r in reports])
    person = max((r.person for r in reports), key=lambda p: (len(p.split()), len(p)))
    return {
        "id": story_id,
        "kind": move_kind(move_type),
        "type": move_type,
        "person": person,
        "person_folded": folded_name(person),
        "to_club": _most_common([r.to_club for r in reports]),
        "from_club": _most_common([r.from_club for r in reports]),
        "role": _most_common([r.role for r in reports]),
        "status": story_status(r.status for r in reports) or "rumour",
        "fee_eur": fees[-1] if fees else None,
        "main": int(any(r.salience == "main" for r in reports)),
        "first_day": min(days) if days else None,
        "last_day": max(days) if days else None,
        "reports": len(reports),
        "outlets": len({r.outlet or r.article_id for r in reports}),
        "languages": ",".join(sorted({r.lang for r in reports if r.lang})),
    }
