"""Status: how far a sentence, and an article, says a move has gone."""

from __future__ import annotations

from mercato.extract.context import SentenceInfo


def sentence_status(info: SentenceInfo) -> str | None:
    """The stage a sentence's cues give, or None when it has none. A denial or a collapse
    wins; "devrait", "set to" count as agreed only beside a deal or talks; a hedge lowers
    an official cue to agreed."""
    labels = {c.label for c in info.statuses}
    hedged = bool(info.hedges) or info.question  # a question asserts nothing
    for status in ("denied", "collapsed"):
        if status in labels:
            return status
    if "pending" in labels:
        return "pending"  # "será oficializado la próxima semana": agreed, not yet official
    if "modal" in labels:
        # "devrait signer", "set to join": agreed when a deal or talks are reported with it
        return "agreed" if labels & {"official", "agreed", "negotiating"} else "rumour"
    if "official" in labels and not hedged:
        return "official"
    if "agreed" in labels and hedged:
        # "avrebbe già trovato l'accordo", "sollen sich geeinigt haben": a hedged
        # agreement is a rumour, or talks when the sentence reports them
        return "negotiating" if "negotiating" in labels else "rumour"
    if "agreed" in labels:
        return "agreed"
    if "official" in labels:
        return "agreed"
    if "negotiating" in labels:
        return "negotiating"
    if "rumour" in labels or hedged:
        return "rumour"
    return None


STAGES = ("rumour", "negotiating", "agreed", "official")


def combined_status(statuses: list[str]) -> str:
    """The furthest stage the article asserts (ANNOTATION.md); a denial or a collapse
    anywhere overrides it. "pending" (the announcement is still to come) is agreed, and
    keeps "has signed" elsewhere in the article from reading as official."""
    for final in ("denied", "collapsed"):
        if final in statuses:
            return final
    best = max(("agreed" if s == "pending" else s for s in statuses), key=STAGES.index)
    if best == "official" and "pending" in statuses:
        return "agreed"  # the article says the announcement is still to come
    return best
