"""A clause's triggers: a sentence cut into the clauses of separate events ("..., and in a separate
attack ..."), and the trigger words of each with those that report no event of the clause removed:
negated acts ("no attack"), allegations ("suspected of murdering"), contexts and references to past
events ("victims of the Molo clashes"), what a protest is about ("protested the killing of a trader")
and a match report's attacks and shots. Apart from the frames: each cue here is one way a word of
violence is not a report of it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from .claim_figures import ClaimMention
from .triggers import CUES, Trigger, find_triggers

_NEGATED = re.compile(
    r"\b(?:no|nobody|none|not|never|without|nor|foiled|thwarted|prevented|averted)\s+(?:\w+\s+){0,2}$", re.I
)


@dataclass
class Clause:
    """A sentence, or the part of one that reports a separate event ("..., and in a separate attack ...")."""

    start_char: int
    end_char: int
    text: str


_CLAUSE_BREAK = re.compile(
    r";\s+|,?\s+(?:and|while|but|whereas)\s+(?=(?:in\s+)?(?:a\s+|another\s+)?(?:separate|different|second|similar)\s+"
    r"(?:attack|incident|raid|clash|assault)|elsewhere|separately|meanwhile)",
    re.I,
)
_SPORT = re.compile(
    r"\b(?:goals?|striker|midfielder|(?<!rights\s)defenders?|goalkeeper|league|penalty|scored|kick-off|half-time|"
    r"referee|football|soccer|derby|championship|tournament|semi-final|final\s+whistle|matches|fixture|"
    r"stadium|qualifier|coach|Cup|substitute|captain|shots\s+on\s+target|\d-\d)\b",
    re.I,
)
_SPORT_WEAK = {"attack", "clash", "other", "change"}
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# "November 7-8", "6-7 August" are days, not a score
_DAY_RANGE = re.compile(
    rf"{_MONTH_WORD}\s+\d{{1,2}}\s*-\s*\d{{1,2}}|\d{{1,2}}\s*-\s*\d{{1,2}}\s+(?:of\s+)?{_MONTH_WORD}"
)


# Sport words with another common sense: "the Awami League", "an army captain", "the death penalty", "a coach"
_SPORT_AMBIGUOUS = {
    "league",
    "captain",
    "coach",
    "cup",
    "penalty",
    "matches",
    "goals",
    "goal",
    "championship",
}


def _sporty_sentence(text: str) -> bool:
    """A sentence about a match: a sport word of one sense only, or two sport words."""
    words = _sport_words(text)
    return len(words) >= 2 or (len(words) == 1 and words[0].lower() not in _SPORT_AMBIGUOUS)


def _sport_words(text: str) -> list[str]:
    if not _SPORT.search(text):
        return []  # the common case: no sport word at all, no need to mask day ranges
    return _SPORT.findall(_DAY_RANGE.sub(" ", text))


def _clauses(text: str, sent: SpacySpan) -> list[Clause]:
    cuts = (
        [sent.start_char]
        + [sent.start_char + m.end() for m in _CLAUSE_BREAK.finditer(sent.text)]
        + [sent.end_char]
    )
    return [Clause(a, b, text[a:b]) for a, b in zip(cuts, cuts[1:]) if b > a]


_ALLEGED_BEFORE = re.compile(
    r"\b(?:suspected|accus(?:ed|es|ing)|charged|convicted|blamed|arrested|detained|jailed|sentenced|wanted|"
    r"(?:held\s+)?responsible|guilty)\s+(?:\w+\s+){0,2}?(?:of|for|with|over)\s+(?:allegedly\s+|(?:the|an?|his|her|their)\s+)?"
    r"(?:alleged\s+|suspected\s+|recent\s+)?(?:\w+\s+(?:and|or)\s+)?$"
    r"|\bin\s+connection\s+with\s+(?:the\s+|an?\s+)?(?:alleged\s+|recent\s+)?$"
    # what the victim had tried to do: "residents assaulted a man who attempted to kidnap a pupil"
    r"|\b(?:who|that)\s+(?:had\s+)?(?:allegedly\s+|reportedly\s+)?(?:attempted|tried|wanted|planned|sought)\s+to\s+$",
    re.I,
)
# What an event is a sequel to or part of: "believed to be related to ethnic violence", "a reprisal for clashes"
_CONTEXT_BEFORE = re.compile(
    r"\b(?:part\s+of|related\s+to|linked\s+(?:to|with)|"
    r"in\s+relation\s+to|(?:reprisal|revenge|retaliation)\s+for|(?:due|owing)\s+to)\s+"
    # "a cleric linked with Al Shabaab killed in a shoot-out": the words between name no act of their own
    r"(?:(?!(?:killed|shot|died|dead|injured|wounded|arrested|captured)\b)[\w/'-]+\s+){0,5}$",
    re.I,
)


# A protest's cause told before it: "following (recent) attacks by bandits, residents marched"
_CAUSE_OPEN = re.compile(
    r"\b(?:after|following|amid(?:st)?|in\s+(?:response|reaction)\s+to)\s+(?:[\w'-]+\s+){0,4}$", re.I
)
_VIOLENCE_NOUN = re.compile(
    r"violence|attacks?|killings?|murders?|shootings?|assaults?|raids?|clashes|fighting|hostilities", re.I
)
_AFTER_BEFORE = re.compile(r"\b(?:after|following)\s+(?:\w+\s+){0,3}$", re.I)
# "victims of the Molo ethnic clashes", "a commission investigating the Tana River clashes": a past event
# named as what people are (victims, survivors) or what is looked into, not an act of this clause
_REFERENCE_BEFORE = re.compile(
    r"\b(?:victims?|survivors?|displaced|orphans|widows)\s+of\s+(?:the\s+|an?\s+)?(?:[\w'-]+\s+){0,4}$"
    r"|\b(?:investigat(?:ing|ed|es|e|ions?\s+into)|probe\s+into|probing|inquiry\s+into|inquest\s+into)\s+"
    r"(?:the\s+|an?\s+)?(?:[\w'-]+\s+){0,4}$",
    re.I,
)
# "the army was deployed to the area after the attack": the attack reported before, not a new one
_BACK_REFERENCE = re.compile(r"\b(?:after|following|since)\s+(?:the|this|that|these|those)\s+$", re.I)
_NON_VIOLENT = frozenset(
    {"change", "other", "arrest", "intervene", "protest", "agreement", "base", "transfer"}
)


def _drop_alleged(text: str, clause: Clause, triggers: list[Trigger]) -> list[Trigger]:
    """ "arrested three men suspected of murdering a chief", "accused of attacking": an allegation; "killed by
    raiders, believed to be related to ethnic violence": a context; "arrested ten after a clash": what the arrests
    followed; none is the event when the clause reports another act (the arrest, the killing). Witchcraft
    accusations stay: they are what a mob acts on."""
    if len(triggers) < 2:
        return triggers
    drop = set()
    arrest_at = min((t.end for t in triggers if t.cue == "arrest"), default=None)
    protest_at = min((t.start for t in triggers if t.cue == "protest"), default=None)
    for i, t in enumerate(triggers):
        lo = max(clause.start_char, t.start - 50)
        if t.cue not in ("arrest", "intervene", "mob", "protest") and _ALLEGED_BEFORE.search(
            text, lo, t.start
        ):
            drop.add(i)
        elif (
            arrest_at is not None
            and t.start > arrest_at
            and t.cue not in ("arrest", "intervene")
            and _AFTER_BEFORE.search(text, max(arrest_at, lo), t.start)
        ):
            drop.add(i)  # "police arrested 200 residents after an earlier clash": what the arrests followed
        elif t.cue == "clash" and _CONTEXT_BEFORE.search(text, max(clause.start_char, t.start - 80), t.start):
            drop.add(i)
        elif _BACK_REFERENCE.search(text, lo, t.start) and all(
            o.cue in _NON_VIOLENT
            for j, o in enumerate(triggers)
            if j != i and not _BACK_REFERENCE.search(text, max(clause.start_char, o.start - 50), o.start)
        ):
            drop.add(i)
    # "following episodes of violence, residents marched for peace": what the protest answers
    cause = {
        i
        for i, t in enumerate(triggers)
        if protest_at is not None
        and t.start < protest_at
        and t.cue in ("attack", "clash")
        and _VIOLENCE_NOUN.fullmatch(t.text)
        and _CAUSE_OPEN.search(text, max(clause.start_char, t.start - 60), t.start)
    }
    if not drop or all(i in drop or t.cue == "protest" for i, t in enumerate(triggers)):
        drop = set()
    drop |= cause
    refs = {
        i
        for i, t in enumerate(triggers)
        if _REFERENCE_BEFORE.search(text, max(clause.start_char, t.start - 80), t.start)
    }
    if len(refs | drop) < len(triggers):
        drop |= refs
    return [t for i, t in enumerate(triggers) if i not in drop] if drop else triggers


_ARREST_WORD = re.compile(r"arrest|detain|detention|prevent", re.I)
_GRIEVANCE_BEFORE = re.compile(
    r"\b(?:demand\w*|call(?:ed|ing|s)?\s+for|(?:protest\w*|demonstrat\w*)\s+(?:against|over|at|about|the|a|an|his|her|their)|"
    r"over\s+(?:the|a|an|his|her|their)|against|release\s+of|freedom\s+of|solidarity\s+with)\b[^.;]{0,50}$",
    re.I,
)
# What opens the grievance of a protest: what follows, up to a break, is what it is about, no event of its own
# ("protested against the killing of a trader by police", "demanding justice for victims of attacks").
_GRIEVANCE_OPEN = re.compile(
    r"\b(?:against|over|about|denounc\w*|condemn\w*|decr(?:y|ied|ying)|demand\w*|call(?:ed|ing|s)?\s+for|"
    r"in\s+support\s+of|solidarity\s+with|support\s+for|commemorat\w*|anniversary|remembrance|tribute\s+to|"
    r"victims\s+of|justice\s+for|(?:death|killing|murder|assassination|disappearance)\s+of|(?:investigation|inquiry|probe)\s+(?:into|for|of)|"
    r"(?:relatives|families|family|friends|parents)\s+(?:and\s+\w+\s+)?of|(?:in|an?)\s+(?:reaction|response)\s+to|angered\s+by|angry\s+(?:at|over|about)|"
    r"failures?\s+to\s+(?:stop|end|prevent|curb|contain|address|tackle|halt|protect)|"
    r"outraged\s+(?:by|at|over)|(?:discontent|anger|outrage|frustration|dissatisfaction|displeasure)\s+(?:with|at|over)|"
    r"after|following|amid(?:st)?|to\s+protest|in\s+protest|"
    r"calling|saying|accusing|claiming|alleging|describing|"
    r"protest(?:ed|ing|s)?(?=\s+(?:the|a|an|his|her|their|its|this|recent|alleged|continued|repeated|rising|ongoing)\b))\b",
    re.I,
)
_GRIEVANCE_BREAK = re.compile(
    r"[;:()]|\s[-\u2013]\s|,(?!\s+(?:calling|saying|accusing|claiming|alleging|describing|demand|denounc|condemn|decr))"
    # "the death of Norbert Zongo, a journalist who was killed": an apposition goes on with the grievance
    r"(?!\s+(?:an?|the)\s+[\w\s'-]{0,40}?\b(?:who|whom|whose|which|that)\b)|"
    r"\b(?:then|before|but|while|when|until|whereupon|protesters|demonstrators|the\s+crowd)\b|"
    r"\bby\s+\w+ing\b|\bby\s+$",
    re.I,
)


_TEMPORAL = re.compile(r"after|following|amid", re.I)


def _in_grievance(text: str, since: int, at: int, temporal: bool = True) -> bool:
    """Position ``at`` lies in what a protest (cued at ``since``) is about: after a grievance opener with
    no break between; ``temporal``: "after", "following" open one too (not for police intervening)."""
    for m in _GRIEVANCE_OPEN.finditer(text, since, at):
        if (temporal or not _TEMPORAL.match(m.group(0))) and not _GRIEVANCE_BREAK.search(text, m.end(), at):
            return True
    return False


def _protest_at(triggers: list[Trigger]) -> int | None:
    return min((t.start for t in triggers if t.cue == "protest"), default=None)


def _main_verb(doc: Doc, t: Trigger | ClaimMention) -> bool:
    """ "protesters demanding jobs attacked the office": a finite verb of the main clause is an act."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    return span is not None and any(
        tok.tag_ in ("VBD", "VBZ", "VBP", "VBN")
        and _conj_root(tok).dep_ == "ROOT"
        and (tok.tag_ != "VBN" or any(c.dep_ in ("auxpass", "aux") for c in tok.children))
        and _marked_conjunct(tok)
        and not _ends_cause_clause(tok)
        for tok in span
    )


def _ends_cause_clause(tok) -> bool:
    """ "demanded its closure after a bridge was destroyed and a child died": a verb the parse coordinates
    with the main one right after a clause of cause belongs to that clause."""
    if tok.dep_ != "conj":
        return False
    for sub in tok.head.children:
        if sub.dep_ == "advcl" and tok.head.i < sub.i < tok.i and any(
            m.dep_ == "mark" and m.lower_ in _CAUSE_MARK for m in sub.children
        ):
            between = tok.doc[sub.right_edge.i + 1 : tok.left_edge.i]
            # ("injured after demonstrators protesting a court clashed": the crowd's own clause goes on)
            if all(w.dep_ == "cc" or w.is_punct for w in between) and not any(
                _PROTEST_WORD.fullmatch(w.text) for w in sub.subtree
            ):
                return True
    return False


_PROTEST_WORD = re.compile(CUES["protest"], re.I)


def _marked_conjunct(tok) -> bool:
    """A verb parsed as coordinated with a protest verb is so only with a conjunction or a comma between
    ("protested and burned", "protested, burned"): "protest the death of a woman who they allege died in
    custody" is no second act."""
    if tok.dep_ != "conj" or not _PROTEST_WORD.fullmatch(tok.head.text):
        return True
    between = tok.doc[min(tok.head.i, tok.i) + 1 : max(tok.head.i, tok.i)]
    return any(w.dep_ == "cc" or w.text in (",", ";") for w in between if w.head.i in (tok.i, tok.head.i))


def _conj_root(tok):
    """The first of coordinated verbs ("was destroyed and a child died": destroyed)."""
    for _ in range(5):
        if tok.dep_ != "conj":
            break
        tok = tok.head
    return tok


_AGENT_NOUN = re.compile(r"(?:ers?|ors?|ists?)$", re.I)


def _protested_objects(doc: Doc, triggers: list[Trigger]) -> list[tuple[int, int]]:
    """ "residents protest recurring attacks by bandits": the object of a protest verb is its grievance."""
    out = []
    for t in triggers:
        span = doc.char_span(t.start, t.end, alignment_mode="expand") if t.cue == "protest" else None
        for tok in span or ():
            # "NASA protesters light fires": a protester is no verb with an object, whatever the parse
            verb = tok.pos_ == "VERB" and not _AGENT_NOUN.search(tok.text)
            for child in tok.children if verb else ():
                if child.dep_ == "dobj":
                    sub = list(child.subtree)
                    a, b = sub[0].idx, sub[-1].idx + len(sub[-1])
                    cut = _GRIEVANCE_BREAK.search(doc.text, a, b)
                    out.append((a, cut.start() if cut else b))
    return out


def _mark_grievance_claims(doc: Doc, text: str, clause: Clause, triggers: list[Trigger], claims) -> None:
    """ "marched in memory of a journalist who was assassinated": a death the protest is about."""
    since = _protest_at(triggers)
    for c in claims if since is not None else ():
        if _in_grievance(text, since, c.start) and not _main_verb(doc, c):
            c.extras["grievance"] = True


def _drop_grievances(text: str, sent: SpacySpan, clause: Clause, triggers: list[Trigger]) -> list[Trigger]:
    since = _protest_at(triggers)
    if since is None:
        return triggers
    objects = _protested_objects(sent.doc, triggers)
    kept = []
    for t in triggers:
        if t.cue == "protest":
            kept.append(t)
            continue
        cause = t.cue != "intervene" and _in_cause_clause(sent.doc, t, triggers)
        topic = _in_grievance(text, since, t.start, temporal=t.cue != "intervene") or any(
            a <= t.start < b for a, b in objects
        )
        if not (topic or cause) or (_main_verb(sent.doc, t) and not cause):
            kept.append(t)
    return kept


_CAUSE_MARK = frozenset({"after", "following", "because", "since"})


def _in_cause_clause(
    doc: Doc, t: Trigger, triggers: list[Trigger], crowd_cues=frozenset({"protest"})
) -> bool:
    """ "After a pastor attacked a parishioner, 200 members gathered to protest": the act lies in a
    clause of cause ("after", "because") that the crowd's verb (the protest's, the riot's) governs."""
    crowd_tokens = {
        tok.i
        for p in triggers
        if p.cue in crowd_cues
        for tok in (doc.char_span(p.start, p.end, alignment_mode="expand") or ())
    }
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    tok = span.root if span is not None and len(span) else None
    for _ in range(6):
        if tok is None or tok.head is tok:
            return False
        if tok.dep_ == "advcl" and any(
            c.dep_ in ("mark", "prep") and c.lower_ in _CAUSE_MARK for c in tok.children
        ):
            head = tok.head
            # the protest is the clause's governor or its sibling ("gathered ... to protest"), not inside the
            # cause ("closed after students rioted to protest")
            return head.i in crowd_tokens or any(
                c.i in crowd_tokens for c in head.children if c.dep_ in ("xcomp", "advcl") and c.i != tok.i
            )
        tok = tok.head
    return False


_RIOT_CUES = frozenset({"riot", "mob", "clash", "loot"})


def _drop_riot_causes(doc: Doc, triggers: list[Trigger]) -> list[Trigger]:
    """ "After a teenager was shot dead by police, youths clashed with police and burned cars": what set
    the crowd off lies in a clause of cause its acts govern; the crowd's violence is the event."""
    if not any(t.cue in _RIOT_CUES for t in triggers) or any(t.cue == "protest" for t in triggers):
        return triggers
    kept = [t for t in triggers if t.cue in _RIOT_CUES or not _in_cause_clause(doc, t, triggers, _RIOT_CUES)]
    return kept or triggers


# Words of a sign, a banner or a chant ("signs saying \"Stop killing our sons\""): a slogan, not an act
_SLOGAN_BEFORE = re.compile(
    r"\b(?:signs?|placards?|banners?|posters?|slogans?|chant\w*|sang|singing|read(?:ing|s)?|saying|written)\b"
    r"[^.\"\u201c\u201d]{0,25}[\"\u201c][^\"\u201c\u201d]*$",
    re.I,
)


def _slogan(text: str, clause: Clause, t: Trigger) -> bool:
    return bool(_SLOGAN_BEFORE.search(text, max(clause.start_char, t.start - 80), t.start))


# A bomb or grenade held, seized or found on someone ("killed a militant equipped with an IED", "seized
# arms, grenades and IED-making materials"): a weapon named, not one set off
_HELD_BEFORE = re.compile(
    r"\b(?:seiz(?:ed|ing|es|ure\s+of)|recover(?:ed|ing|y\s+of)|confiscat\w*|equipped\s+with|armed\s+with|"
    r"in\s+possession\s+of|caches?\s+of|stockpiles?\s+of)\b[^.;]{0,80}$",
    re.I,
)
_HELD_AFTER = re.compile(r"[\s-]*(?:making|materials|components|factory|factories)\b", re.I)


def _held_weapon(text: str, clause: Clause, t: Trigger) -> bool:
    return t.cue in ("ied", "grenade") and (
        bool(_HELD_BEFORE.search(text, max(clause.start_char, t.start - 90), t.start))
        or bool(_HELD_AFTER.match(text, t.end))
    )


def _clause_triggers(text: str, sent: SpacySpan, clause: Clause, sporty: bool):
    triggers = [
        t
        for t in find_triggers(text, clause.start_char, clause.end_char)
        if not _negated(text, clause, t) and not _slogan(text, clause, t)
        and not _held_weapon(text, clause, t)
    ]
    # "demanded the release of 60 arrested youths", "protest the arrest of a man": a grievance
    triggers = [
        t
        for t in triggers
        if not (
            t.cue in ("arrest", "intervene")
            and _ARREST_WORD.match(t.text)
            and _GRIEVANCE_BEFORE.search(text, max(clause.start_char, t.start - 60), t.start)
        )
    ]
    triggers = _drop_grievances(text, sent, clause, triggers)
    triggers = _drop_riot_causes(sent.doc, triggers)
    triggers = _drop_alleged(text, clause, triggers)
    if sporty or _sporty_sentence(sent.text):  # "the striker shot", "Uganda's attack", "beat Kenya 2-1"
        triggers = [t for t in triggers if t.cue not in _SPORT_WEAK]
    return triggers


def _negated(text: str, sent: SpacySpan, t: Trigger) -> bool:
    return bool(_NEGATED.search(text[max(sent.start_char, t.start - 25) : t.start]))
