"""Slots of a company's name that the clause's shape decides, for auditor/analysis/name_literals.py: the topic of a
news headline (りんご、新型端末を発表), the subject of what only a business does (標的は店舗を閉鎖する), and the owner
of a compound noun whose head is what companies have (りんごの四半期決算).

Read from the tokens MeCab gives (``auditor.analysis.morph``) and the cue words of ``name_slots.tsv``, which the
caller passes as ``cues`` (name_literals' cue table: ``at`` spells a cue from a token on, ``ends`` one that ends a
run of tokens). Nothing here weighs words: a clause of a given shape says who acts, or says nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from auditor.analysis.morph import Token

_COMMAS = frozenset({"、", "，", ","})
_PREDICATES = frozenset({"動詞", "助動詞", "形容詞"})
_SUBJECTS = frozenset({"は", "が"})
_HEADLINE_TAIL = frozenset({"へ", "か"})  # 売却へ (is to sell), 買収か (may buy)


class Cues(Protocol):
    def at(self, toks: Sequence[Token], index: int, slot: str) -> str | None: ...

    def ends(self, toks: Sequence[Token], first: int, last: int, slot: str) -> str | None: ...


def headline_subject(
    toks: Sequence[Token], first: int, last: int, cues: Cues, slot: str = "company-verb"
) -> str | None:
    """The literal at tokens ``first…last`` is the topic of a news headline: it opens the sentence (alone, or as the
    head of a noun phrase with の: ネット銀行の鐘、…), a comma follows it, and the sentence ends in a verbal noun of
    what companies do (name_slots.tsv's ``slot``) without する, whose object (を) or partner (と) stands right before
    it: りんご、新型端末を発表; 貝殻、北海の油田権益を売却へ; 標的、全米で300店舗を閉鎖; or whose object is a noun of
    its own compound (標的、中西部で50店舗閉鎖へ, 神託、クラウド事業で大型受注); or which is what only a listed company
    does, after a place (に, で, から: 腕、ナスダックに再上場へ). A headline drops the topic's は and the verb's ending
    (Japanese newspaper headline style: 見出し語法), and the comma then closes the topic, which does what the verbal
    noun says. With the object or the partner named, or a listing, the topic cannot be what is acted on (りんご、
    値上げへ and りんご、長野で増産へ are the fruit's price and crop: no object), and a second subject (が, は) or a
    predicate that conjugates (…が好調だ) makes the sentence no headline of this shape. Returns the slot as an
    editor reads it, else None."""
    comma = last + 1
    if comma + 2 >= len(toks) or toks[comma].surface not in _COMMAS:
        return None
    if any(token.pos != "記号" for token in toks[:first]) and not _modified_opening(toks, first):
        return None  # not the sentence's opening (a quote or a space before it may stand)
    end = len(toks) - 1
    while end > comma and toks[end].pos == "記号":
        end -= 1
    if toks[end].particle and toks[end].surface in _HEADLINE_TAIL:
        end -= 1
    if end <= comma + 1 or toks[end].pos != "名詞":
        return None
    cue = cues.ends(toks, comma, end, slot)
    if cue is None:
        return None
    begin = end
    spelled = toks[end].surface
    while spelled != cue and begin > comma + 1:  # the tokens the cue is made of
        begin -= 1
        spelled = toks[begin].surface + spelled
    compound = begin  # the verbal noun's compound: a prefix (再上場) and the nouns glued before it (50店舗閉鎖)
    while compound - 1 > comma and toks[compound - 1].end == toks[compound].start and (
        toks[compound - 1].noun or toks[compound - 1].pos == "接頭詞"
    ):
        compound -= 1
    marker = toks[compound - 1]
    if marker.particle and marker.surface in ("を", "と") and compound == begin:
        if marker.surface == "と" and cues.at(toks, begin, "company-partner-verb") is None:
            return None
    elif not (
        _incorporated_object(toks, compound, begin)
        or (marker.particle and marker.surface in _HEADLINE_PLACE and cues.ends(toks, comma, end, "company-only"))
    ):
        return None  # no object or partner named before the verbal noun, nor is it what only a listed company does
    begin = compound
    body = toks[comma + 1 : begin]
    if any(token.pos in _PREDICATES for token in body):
        return None  # a clause of its own inside: the object may be its (…を搭載した端末を発表 is left alone)
    if any(token.particle and token.surface in _SUBJECTS for token in body):
        return None
    if toks[comma + 1].noun and comma + 2 < begin and toks[comma + 2].surface in _COMMAS:
        return None  # a list of nouns (りんご、みかん、ぶどうを…), not a topic and its predicate
    return f"the topic of a headline ending in {cue}"


def _modified_opening(toks: Sequence[Token], first: int) -> bool:
    """The tokens before ``first`` are nouns joined by の to it (ネット銀行の|鐘): the literal is the head of the noun
    phrase that opens the sentence, the headline's topic."""
    if first < 2 or toks[first - 1].surface != "の":
        return False
    return all(token.noun or token.pos in ("記号", "接頭詞") or token.surface == "の" for token in toks[: first - 1])


def _incorporated_object(toks: Sequence[Token], start: int, cue: int) -> bool:
    """A noun of the verbal noun's own compound stands before it (店舗|閉鎖, 人員|削減, 大型|受注): the left-hand part
    of a compound whose head is a verbal noun fills that verbal noun's argument, its object first (Kageyama 1993,
    文法と語形成: 複合語の項の受け継ぎ), so a headline that writes 50店舗閉鎖 names what is closed as 店舗を閉鎖 does.
    Numbers and prefixes are no argument (再上場, 50)."""
    return any(toks[at].noun and toks[at].pos1 not in ("数", "接尾") for at in range(start, cue))


_HEADLINE_PLACE = frozenset({"に", "で", "から"})  # ナスダックに上場, 米国で上場: where a listing happens
_VOICE = frozenset({"れる", "られる", "せる", "させる"})  # passive and causative endings: the subject is acted on
_LIGHT_OBJECT = frozenset({"を", "に", "で"})  # 閉店を決めた, 値上げに踏み切った, 提携で合意した: a verb that decides
# on the verbal noun
# Nouns whose modifying clause tells their content and has no gap (Teramura 1975: 外の関係), so that its subject is
# the sentence's topic: 地下鉄は…店舗を閉鎖する計画だ (the plan is to close them; the topic closes them).
_CONTENT_NOUNS = frozenset({"計画", "予定", "方針", "意向", "考え", "構え", "見通し", "公算", "可能性", "考え方"})


def company_act_subject(toks: Sequence[Token], first: int, last: int, cues: Cues) -> str | None:
    """The literal at tokens ``first…last`` opens its clause, は or が marks it, and the first predicate of its clause
    is what only a business does (name_slots.tsv's company-act: buying and selling businesses, opening and closing
    stores, raising prices; not announcing, agreeing or suing, which people do too), done by it: the verbal noun
    with する (標的は店舗を閉鎖する, 貝殻が買収した発電会社), or the verbal noun as the object of a verb that decides on
    it (標的が閉店を決めた, 毛虫が値上げに踏み切れば), or what only a company has (name_slots.tsv's company-only) as
    the object of that predicate (貝殻は通期見通しを引き上げた: who raises its full-year outlook owns one).

    The first predicate, as Japanese leaves a later clause's subject unsaid (腕は確かで、独立して店を出店した: the
    skill opens no store): past the verb of a compound particle (…を受けて通期見通しを引き下げた), and, for a topic
    with は, past a clause that modifies a noun (標的は、…を買収した企業だ: the noun is that clause's subject), but
    never past a subject of its own (企業が, 同社は). Passive and causative endings (閉鎖された, 閉鎖させた) say the
    subject is acted on: left alone. For the reviewed brands whose domain words the article lacks: an ordinary word
    may be the topic of many things, but not the one who buys, closes or lists. Returns the slot as an editor reads
    it, else None."""
    head = last + 1
    if head >= len(toks) or not toks[head].particle or toks[head].surface not in _SUBJECTS:
        return None
    if first > 0 and toks[first - 1].pos != "記号":
        return None  # not the opening of its clause: …の標的は, 次の標的が
    theme = toks[head].surface == "は"
    for at in range(head + 1, len(toks)):
        token = toks[at]
        if token.particle and token.surface in _SUBJECTS and toks[at - 1].noun:
            return None  # a subject or topic of its own (企業が, 同社は): the predicates after it are its
        if token.pos not in _PREDICATES:
            continue
        if theme and _modifies_noun(toks, at) and not _content_noun_after(toks, at):
            continue  # 標的は、…を買収した企業だ: the clause's subject is the noun it modifies
        cue = _verbal_noun_before(toks, head, at, cues, ("company-act", "company-only"))
        if cue is not None:
            return None if _acted_on(toks, at) else f"the subject of {cue}"
        if not _particle_verb(toks, at):
            return None  # the subject's predicate: whoever acts in a clause after it may be another (腕は確かで、…)
    return None


def _verbal_noun_before(
    toks: Sequence[Token], head: int, predicate: int, cues: Cues, slots: Sequence[str]
) -> str | None:
    """The cue of the first of ``slots`` that the predicate at ``predicate`` makes a verb of: the noun right before
    する (買収|し), of the first slot, or the noun before を, に or で right before the predicate, of any of them
    (閉店を|決め, 提携で|合意し; what only a company has, acted on by its owner: 通期見通しを|引き上げ, CEOを|解任し),
    where a light verb of a verbal noun with する is such a verb too (買収を|完了|し, 値下げを|実施|する); a
    compound's last word counts (大規模人員削減)."""
    marker = predicate - 1
    if toks[predicate].pos == "動詞" and toks[predicate].base == "する":
        if marker <= head:
            return None
        cue = cues.ends(toks, head, marker, slots[0])
        if cue is not None or toks[marker].surface not in _LIGHT_NOUNS:
            return cue
        marker -= 1  # a light verb, whose subject does the act before it (買収を|完了|し, 値下げを|実施|する)
    if marker - 1 > head and toks[marker].particle and toks[marker].surface in _LIGHT_OBJECT:
        for slot in slots:
            cue = cues.ends(toks, head, marker - 1, slot)
            if cue is not None:
                return cue
    return None


def company_partner(toks: Sequence[Token], first: int, last: int, cues: Cues) -> str | None:
    """The literal at tokens ``first…last`` is the partner (と) of what only companies do together (name_slots.tsv's
    company-partner-verb: 提携, 経営統合, 資本提携): the first predicate after と makes a verb of the cue
    (標的と提携した新興企業, 標的と業務提携で合意した), or the cue is the noun that と の qualifies
    (標的との提携を解消した). Returns the slot as an editor reads it, else None."""
    head = last + 1
    if head + 1 >= len(toks) or not toks[head].particle or toks[head].surface != "と":
        return None
    if toks[head + 1].surface == "の":
        cue = cues.at(toks, head + 2, "company-partner-verb") or compound_head(
            toks, head + 2, cues, "company-partner-verb"
        )
        return f"the partner of {cue}" if cue is not None else None
    for at in range(head + 1, len(toks)):
        token = toks[at]
        if token.particle and token.surface in _SUBJECTS and toks[at - 1].noun:
            return None
        if token.pos in _PREDICATES:
            cue = _verbal_noun_before(toks, head, at, cues, ("company-partner-verb",))
            return f"the partner of {cue}" if cue is not None and not _acted_on(toks, at) else None
    return None


def company_agent(toks: Sequence[Token], first: int, last: int, cues: Cues) -> str | None:
    """The literal at tokens ``first…last`` is the agent (による) of a noun phrase whose head is what only a business
    does (name_slots.tsv's company-act): 貝殻による英ガス大手の買収, 毛虫による同業の買収. による marks the agent of
    the event the noun after it names (Japanese nominalised events keep their agent so), and the phrase's head is its
    last noun before a particle or a mark (the right-hand head rule, as in compound_head). Returns the slot as an
    editor reads it, else None."""
    head = last + 1
    if head >= len(toks) or toks[head].surface != "による" or not toks[head].particle:
        return None
    end = head + 1
    while end < len(toks) and (toks[end].noun or toks[end].pos == "接頭詞" or toks[end].surface == "の"):
        end += 1
    end -= 1
    if end <= head or not toks[end].noun:
        return None
    cue = cues.ends(toks, head, end, "company-act")
    return f"the agent of {cue}" if cue is not None else None


def _content_noun_after(toks: Sequence[Token], predicate: int) -> bool:
    """The clause that the predicate at ``predicate`` ends modifies a noun of its content, which ends the topic's
    clause in turn (…を閉鎖する|計画|だ; not …閉鎖する予定|の|工場, a noun that the content noun modifies)."""
    at = predicate + 1
    while at < len(toks) and (toks[at].pos == "助動詞" or toks[at].pos1 == "接尾"):
        at += 1
    if at >= len(toks) or toks[at].surface not in _CONTENT_NOUNS:
        return False
    return at + 1 >= len(toks) or toks[at + 1].surface != "の"


def _acted_on(toks: Sequence[Token], predicate: int) -> bool:
    """A passive or causative ending right after the predicate (閉鎖さ|れ|た, 閉鎖さ|せ|た)."""
    after = predicate + 1
    return after < len(toks) and toks[after].pos1 == "接尾" and toks[after].base in _VOICE


def _modifies_noun(toks: Sequence[Token], predicate: int) -> bool:
    """The clause that the predicate at ``predicate`` ends modifies the noun right after its endings
    (買収し|た|企業)."""
    at = predicate + 1
    while at < len(toks) and (toks[at].pos == "助動詞" or toks[at].pos1 == "接尾"):
        at += 1
    return at < len(toks) and toks[at].noun and toks[at].pos1 not in ("非自立", "接尾", "代名詞")


def _particle_verb(toks: Sequence[Token], predicate: int) -> bool:
    """The predicate at ``predicate`` is the verb of a compound particle (複合格助詞: を受けて, に向けて, を巡って),
    which relates a noun to the clause's predicate as a particle does: no predicate of its own, no subject of its
    own, so the topic's predicate comes later."""
    token = toks[predicate]
    return (
        token.base in _PARTICLE_VERBS
        and predicate > 0
        and toks[predicate - 1].surface in ("を", "に")
        and predicate + 1 < len(toks)
        and toks[predicate + 1].surface == "て"
    )


# Light verbs (機能動詞, Muraki 1991): verbal nouns with する that carry the aspect or the decision of the act their
# object names, done by their own subject (値下げを実施する is 値下げする; 買収を完了した, 閉鎖を決定した). Not
# 発表, 承認, 批判, 審査: their subject speaks of or judges another's act (当局は買収を承認した).
_LIGHT_NOUNS = frozenset(
    {"実施", "実行", "断行", "完了", "終了", "開始", "再開", "継続", "決定", "決断", "検討", "計画", "予定", "準備"}
)


# The verbs of compound particles that IPAdic splits (について, に対して, によって and として are one token of its own).
_PARTICLE_VERBS = frozenset(
    {"受ける", "向ける", "巡る", "めぐる", "通じる", "除く", "含める", "踏まえる", "基づく", "伴う", "際する", "先立つ",
     "加える", "比べる", "応じる", "沿う", "控える", "経る"}
)


def compound_head(toks: Sequence[Token], start: int, cues: Cues, slot: str) -> str | None:
    """The cue of ``slot`` that ends the compound noun starting at token ``start`` (of two tokens or more): a
    compound's last word is its head, what the compound is, and the words before it only say which (the right-hand
    head rule, Williams 1981; Kageyama 1982 for Japanese): 四半期決算 is a 決算, and a period with a prefix or a range
    of numbers is one word of it (第3四半期決算, 4～6月期決算). Not after a verbal noun, which may take the owner as
    its object: りんごの販売店舗 are shops that sell apples, not the apples' shops."""
    end = start
    while end + 1 < len(toks) and toks[end + 1].start == toks[end].end:
        following = toks[end + 1]
        if not (following.noun or (following.surface in _RANGE and toks[end].pos1 == "数")):
            break
        end += 1
    if end == start or not (toks[start].noun or toks[start].pos == "接頭詞"):
        return None
    cue = cues.ends(toks, start - 1, end, slot)  # the whole compound may be the cue (株主|総会)
    if cue is None:
        return None
    head, spelled = end, len(toks[end].surface)
    while spelled < len(cue):  # the cue's first token
        head -= 1
        spelled += len(toks[head].surface)
    return None if any(toks[at].pos1 == "サ変接続" for at in range(start, head)) else cue


_RANGE = frozenset("～〜~－-")  # between two numbers of a period: 4～6月期
