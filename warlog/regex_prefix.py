"""Where a big regex can begin: the few leading characters any of its matches starts with.

``leading(pattern, flags)`` reads the pattern with the standard library's own parser and returns the
strings (lower case, at most ``K`` characters) that every match begins with, or None when a match
may begin with almost anything (a ``\\w``, a ``.``, an empty match). A scanner then tries the full
pattern only where the text begins with one of them (``Prefilter``), and finds exactly what
``finditer`` finds: the strings are a superset of the real beginnings, never a subset.

Lower-casing makes the strings a superset under IGNORECASE as well as without it; a window of text
that is not ASCII (whose case folding Python's ``str.lower`` may not mirror) is always tried.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

try:  # Python 3.11+
    from re import _constants as _C
    from re import _parser as _P
except ImportError:  # pragma: no cover
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]

K = 3
_MAX_STRINGS = 5000
_SPACE = set(" \t\n\r\f\v\x1c\x1d\x1e\x1f")

# A piece's beginnings: (text, closed) pairs, "closed" when nothing is known of what follows the text
# (after a "\\w", or K characters reached); None when even its first character is unknown.
Starts = set[tuple[str, bool]]


def leading(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The strings (<= K characters, lower case) all matches of ``pattern`` begin with, or None."""
    try:
        found = _seq(_P.parse(pattern, flags))
    except Exception:  # an unknown construct of a newer parser: no prefilter, never a wrong one
        return None
    if found is None or any(s == "" for s, _ in found):
        return None
    return frozenset(s for s, _ in found)


def _then(cur: Starts, ex: Starts | None) -> Starts:
    out = set()
    for s, closed in cur:
        if closed or len(s) >= K:
            out.add((s[:K], True))
        elif ex is None:
            out.add((s, True))
        else:
            for e, e_closed in ex:
                t = s + e
                out.add((t[:K], e_closed or len(t) >= K))
    return out


def _seq(items) -> Starts | None:
    cur: Starts = {("", False)}
    for op, av in items:
        if all(closed or len(s) >= K for s, closed in cur):
            break
        cur = _then(cur, _item(op, av))
        if len(cur) > _MAX_STRINGS:
            return None
    return cur


def _item(op, av) -> Starts | None:
    if op is _C.LITERAL:
        return {(chr(av).lower(), False)}
    if op is _C.IN:
        chars: set[str] = set()
        for o, a in av:
            if o is _C.LITERAL:
                chars.add(chr(a).lower())
            elif o is _C.RANGE and a[1] - a[0] <= 40:
                chars |= {chr(c).lower() for c in range(a[0], a[1] + 1)}
            elif o is _C.CATEGORY and a is _C.CATEGORY_SPACE:
                chars |= _SPACE
            elif o is _C.CATEGORY and a is _C.CATEGORY_DIGIT:
                chars |= set("0123456789")
            else:
                return None
        return {(c, False) for c in chars}
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return {("", False)}  # zero width: it only narrows what follows
    if op is _C.SUBPATTERN:
        return _seq(av[-1])
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _seq(av)
    if op is _C.BRANCH:
        out: Starts = set()
        for alt in av[1]:
            r = _seq(alt)
            if r is None:
                return None
            out |= r
        return out
    if op is _C.GROUPREF_EXISTS:
        yes = _seq(av[1])
        no = _seq(av[2]) if av[2] is not None else {("", False)}
        return None if yes is None or no is None else yes | no
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
        lo, hi, sub = av
        one = _seq(sub)
        if one is None:
            return {("", False), ("", True)} if lo == 0 else None
        out = {("", False)} if lo == 0 else set()
        cur: Starts = {("", False)}
        for i in range(1, min(hi, K) + 1):  # K repetitions cover every beginning of K characters
            cur = _then(cur, one)
            if i >= lo:
                out |= cur
        return out
    return None


_BOUNDARY = re.compile(r"\b")


class Prefilter:
    """``finditer`` of a pattern that begins with ``\\b``, trying the pattern only where the text
    begins with one of its leading strings."""

    def __init__(self, compiled: re.Pattern):
        self.compiled = compiled
        starts = leading(compiled.pattern, compiled.flags) if compiled.pattern.startswith(r"\b") else None
        self.by_len = None if starts is None else {n: {s for s in starts if len(s) == n} for n in range(1, K + 1)}

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match]:
        end = len(text) if end is None else end
        if self.by_len is None:
            yield from self.compiled.finditer(text, start, end)
            return
        one, two, three = self.by_len[1], self.by_len[2], self.by_len[3]
        match, pos = self.compiled.match, start
        for b in _BOUNDARY.finditer(text, start, end):
            p = b.start()
            if p < pos:
                continue
            w = text[p : p + K]
            if w.isascii():
                w = w.lower()
                if w not in three and w[:2] not in two and w[:1] not in one:
                    continue
            m = match(text, p, end)
            if m is not None:
                yield m
                pos = m.end()
