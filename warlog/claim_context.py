"""A sentence's casualty claims read against the words around them: one more "along with another
man", an attempt that is no casualty ("tried to lynch a woman"), the people taken who were then
killed ("abducted three men and executed them"), a breakdown of a figure given before ("among the
dead are three women"), and deaths that belong to another event (a protest's grievance, a running
tally, "to honour 60 people killed")."""

from __future__ import annotations

import re

from .casualty_patterns import _HEAD, _WORDNUM, PAT_ALONG
from .claim_figures import _PLURAL, ClaimMention, parse_number

# "tried to lynch a woman": an attempt, no casualty
_ATTEMPT_BEFORE = re.compile(
    r"\b(?:tried|tries|try|trying|attempted|attempting|attempts?|wanted|wanting|planned|planning|plotting|plotted|sought|seeking|seek|"
    r"threatened|threatening|intended|failed|vowed)\s+to\s+$",
    re.I,
)


def _along_with(sent: str, base: int, sent_i: int, kept: list[ClaimMention]) -> list[ClaimMention]:
    """ "X was shot dead along with another man": one more of the claim just before."""
    out = []
    for m in PAT_ALONG.finditer(sent):
        start, end = m.start() + base, m.end() + base
        before = [c for c in kept if c.end <= start and start - c.end <= 80]
        if not before or any(c.start < end and start < c.end for c in kept):
            continue
        if m.group("kin"):
            # "was killed ... with his wife and son": as many as the singular nouns named
            if before[-1].kind != "killed" or (
                m.group("kin").lower() == "with" and start - before[-1].end > 60
            ):
                continue
            heads = re.split(r"\s+and\s+", m.group("victims2"))
            if any(_PLURAL.search(h) and not re.search(r"(?:ss|us)$", h) for h in heads):
                continue  # "with their children": how many is not said
            n, victims, vstart = len(heads), m.group("victims2"), m.start("victims2") + base
        else:
            n = 1 if m.group("one") else parse_number(m.group("n"))
            victims, vstart = m.group("victims"), m.start("victims") + base
        if n:
            out.append(ClaimMention(start, end, before[-1].kind, n, n, None, n, victims, vstart, sent_i))
    return out


# "abducted three men and executed them", "arrested nine men ..., their corpses were found": the
# people just counted as taken are the dead.
_THEM_KILLED = re.compile(
    r"\b(?:(?:killed|executed|murdered|slaughtered|beheaded|lynched|hanged|massacred|shot\s+dead|gunned\s+down|"
    r"(?:hacked|stabbed|beaten|burned|burnt|stoned|clubbed)\s+to\s+death)\s+(?:all\s+(?:of\s+)?|both\s+(?:of\s+)?)?them\b"
    r"|(?:shot|gunned)\s+them\s+(?:dead|down)\b|(?:hacked|stabbed|beat|burned|burnt|stoned|clubbed)\s+them\s+to\s+death\b"
    r"|(?:burned|burnt)\s+them\s+alive\b"
    r"|\btheir\s+(?:[\w'-]+\s+)?(?:bodies|corpses|remains)\s+(?:were|was|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+|later\s+)?"
    r"(?:found|discovered|recovered|retrieved|dumped)\b"
    r"|\b(?:those|the\s+men|the\s+people)\s+(?:arrested|abducted|detained|kidnapped|taken)\s+(?:were|have\s+been|had\s+been)\s+"
    r"(?:[a-z]+ly\s+|later\s+)?(?:found\s+dead|killed|executed|shot\s+dead)\b)",
    re.I,
)


# "captured two suspected thieves and burned them alive": people caught by whoever then kills them.
# Capture is no claim of its own (an army's "captured two bases"), only the count the killing refers to.
_CAPTURED = re.compile(
    rf"\b(?:captured|caught|grabbed|cornered|seized|abducted|kidnapped|arrested)\s+(?P<n>\d{{1,3}}|{_WORDNUM})\s+"
    rf"(?:[\w'-]+\s+){{0,3}}?(?:{_HEAD})\b",
    re.I,
)


def _captured_before(sent: str, at: int) -> ClaimMention | None:
    """The last "captured N men" within 200 characters before ``at``, as a count to refer back to."""
    last = None
    for m in _CAPTURED.finditer(sent, max(0, at - 200), at):
        last = m
    n = parse_number(last.group("n")) if last else None
    if not n:
        return None
    return ClaimMention(last.start(), last.end(), "abducted", n, n, None, n, None, None)


def _taken_then_killed(sent: str, base: int, sent_i: int, kept: list[ClaimMention]) -> list[ClaimMention]:
    out: list[ClaimMention] = []
    used: set[int] = set()
    for m in _THEM_KILLED.finditer(sent):
        start, end = m.start() + base, m.end() + base
        if any(c.start < end and start < c.end for c in kept):
            continue
        before = [c for c in kept if c.end <= start and start - c.end <= 200]
        prev = before[-1] if before else None
        if (prev is None or prev.kind not in ("abducted", "arrested")) and m.group(0)[:5].lower() != "their":
            prev = _captured_before(sent, m.start()) or prev
        if prev is None or prev.kind not in ("abducted", "arrested") or not prev.low or id(prev) in used:
            continue
        used.add(id(prev))
        out.append(
            ClaimMention(
                start,
                end,
                "killed",
                prev.low,
                prev.high,
                prev.quantifier,
                prev.acled_value,
                prev.victims,
                prev.victims_start,
                sent_i,
            )
        )
    return out


# "Nine herders are feared dead ... Among the dead are three women and six men": a breakdown of the
# figure before, not more dead.
_PART_OF = re.compile(
    r"(?:\bamong\s+(?:the\s+(?:dead|deceased|victims|fatalities|killed|casualties|bodies)|those\s+(?:killed|who\s+died|dead)|them|whom)"
    r"|\bincluding|\bof\s+(?:whom|them))\s*[,:]?\s*(?:(?:were|are|was|is)\s+)?$",
    re.I,
)


def _breakdown(sent: str, base: int, c: ClaimMention, earlier: list[ClaimMention]) -> bool:
    if (
        c.kind != "killed"
        or not c.low
        or not _PART_OF.search(sent[max(0, c.start - base - 60) : c.start - base])
    ):
        return False
    return any(
        k is not c
        and k.kind == "killed"
        and k.end <= c.start
        and (k.acled_value or k.low or 0) >= (c.acled_value or c.low)
        for k in earlier
    )


# "protested the killing of a student", "blocked the road with the coffin of a man killed by police":
# a death that is the protesters' grievance happened before, in another event.
_GRIEVANCE = re.compile(
    r"\b(?:protest|demonstrat|march|rall(?:y|ied|ies)|sit-in|strike|block|barricad|riot|mourn|"
    r"took\s+to\s+the\s+streets?|took\s+the\s+streets?|angered|outrage|vigil)\w*\b[^.;]{0,100}?"
    r"\b(?:death|deaths|killing|killings|murder|murders|shooting|lynching|body|bodies|coffin|funeral|burial|assassination)"
    r"\s+of\b",
    re.I,
)


# Deaths of another event named as such: "to honour 60 people killed", "included in the 5 reported
# killed", "arrested for the murder of", "in retaliation for the killing of"; and running tallies
# ("10 people have been killed in the last two months").
_PRIOR_BEFORE = re.compile(
    r"(?:\b(?:honou?r|commemorat\w*|mourn\w*|remember\w*|avenge)\s+(?:the\s+)?"
    r"|\b(?:included|counted)\s+(?:in|among)\s+(?:the\s+)?|\bjustice\s+for\s+|(?<!responsibility\s)\bfor\s+the\s+"
    r"|\b(?:responsible\s+for|behind|accused\s+of|suspected\s+of|in\s+(?:reaction|response|retaliation)\s+to|revenge\s+for)\s+the\s+"
    r"|\b(?:accused|suspected|convicted|charged|wanted|jailed|sentenced)\s+(?:of|with|for|over)\s+(?:allegedly\s+|having\s+)?"
    r"|\bin\s+the\s+(?:last|past|previous)\s+(?:\w+\s+)?(?:weeks|months|years),?\s+"
    r"|\bwho\s+had\s+(?:[a-z]+ly\s+)?)$",
    re.I,
)


_TALLY_AFTER = re.compile(
    r"^[^.;,]{0,40}?\b(?:in|over|during)\s+(?:the\s+)?(?:past|last|previous|over)?\s*(?:\w+\s+)?(?:weeks|months|years)\b"
    r"|^[^.;,]{0,30}?\b(?:(?:days|weeks|months|years)\s+(?:earlier|ago|before)|last\s+(?:week|month|year))\b"
    r"|^\s+in\s+(?:\d{1,2}/\d{2,4}|(?:19|20)\d\d)\b",
    re.I,
)


_WHO_HAD = re.compile(
    r"\bwho\s+had\s+(?:[a-z]+ly\s+)?(?:died|been\s+(?:killed|shot\s+dead|murdered|lynched))\b", re.I
)


def _is_grievance(sent: str, start: int, end: int | None = None) -> bool:
    """The claim at ``start`` is the object of a protest's "death of ..." (or begins with it), or
    the toll of another event or a running tally."""
    if any(
        start - 40 <= m.end() <= start + 25 and ";" not in sent[m.end() : start]
        for m in _GRIEVANCE.finditer(sent)
    ):
        return True
    if _PRIOR_BEFORE.search(sent[max(0, start - 60) : start]):
        return True
    if end is not None and _WHO_HAD.search(sent, start, end):
        return True  # "in protest of a colleague who had died"
    return end is not None and bool(_TALLY_AFTER.match(sent[end : end + 80]))
