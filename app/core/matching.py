"""Are two registry entries the same woman? Names across scripts, phones and tie-breakers.

The same person is written "Айгүл Бекова", "Айгуль Бекова", "Aigul Bekova" or
"Айгүл Бек кызы" by different trainers. Every name is reduced to a *matching key*: each
word written in one plain Latin alphabet where the sounds that romanisations disagree on
fall together (ү/у/ü -> u, ж/zh/j/dzh -> j, ы/y/i -> i, doubled letters once), and the
surname endings -ова/-ева/-ов/-ев/-иев and the words кызы/уулу are cut to the stem. Two
names are then compared word by word (in any order) with an edit-distance ratio.

A person match adds evidence beyond the name: the same normalised phone is strong, a
different birth year or district speaks against, the same organisation helps a little.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Indel

# Cyrillic (Russian and Kyrgyz) to the matching alphabet.
CYRILLIC_SOUNDS = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "j",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "ң": "n",
    "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ү": "u",
    "ф": "f", "х": "h", "ц": "c", "ч": "c", "ш": "s", "щ": "s", "ъ": "", "ы": "i",
    "ь": "", "э": "e", "ю": "iu", "я": "ia", "һ": "h", "і": "i",
}  # fmt: skip

# Latin spellings of one sound, longest first (applied after accents are removed).
LATIN_SPELLINGS = (
    ("shch", "s"),
    ("dzh", "j"),
    ("tch", "c"),
    ("sch", "s"),
    ("zh", "j"),
    ("kh", "h"),
    ("ts", "c"),
    ("ch", "c"),
    ("sh", "s"),
    ("ng", "n"),
    ("x", "h"),
    ("q", "k"),
    ("w", "v"),
    ("y", "i"),
    ("'", ""),
    ("`", ""),
)

# Latin letters that look exactly like Cyrillic ones (and back): a name typed on a
# keyboard switched half-way looks right on screen but never matches in a search.
LATIN_TO_CYRILLIC = dict(zip("AaBCcEeHKkMOoPpTXxYy", "АаВСсЕеНКкМОоРрТХхУу", strict=True))
CYRILLIC_TO_LATIN = {c: la for la, c in LATIN_TO_CYRILLIC.items()}

_PATRONYMIC_WORDS = frozenset({"kizi", "uulu", "ulu", "kyzy", "uly"})
# Surname endings (in the matching alphabet), longest first.
_ENDINGS = ("ieva", "iev", "ova", "eva", "ov", "ev")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_WORD = re.compile(r"[^\W\d_]+(?:['`][^\W\d_]+)*")


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def fix_lookalikes(text: str) -> str:
    """Rewrite look-alike letters of the other script inside each word.

    A word that is mostly Cyrillic gets its Latin look-alikes turned into Cyrillic
    (and the other way round); words in one script are left alone.
    """

    if text.isascii() or not _ASCII_LETTER.search(text):
        return text  # one script only: nothing can be mixed

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        cyr = sum(map(_is_cyrillic, word))
        lat = sum(map(_is_latin, word))
        if cyr and lat:
            table = LATIN_TO_CYRILLIC if cyr >= lat else CYRILLIC_TO_LATIN
            return "".join(table.get(ch, ch) for ch in word)
        return word

    return _WORD.sub(fix, text)


def has_mixed_script(text: str) -> bool:
    """Whether some word mixes Cyrillic and Latin letters (a look-alike slipped in)."""
    return fix_lookalikes(text) != text


_CYRILLIC_TABLE = str.maketrans(CYRILLIC_SOUNDS)
_DOUBLED = re.compile(r"(.)\1+")


def _latin_word(word: str) -> str:
    # One translate pass and only the replacements that apply: this runs for every name
    # of an import and every search key, so it is kept cheap (about 5 µs a word).
    out = word.translate(_CYRILLIC_TABLE)
    if not out.isascii():
        out = "".join(c for c in unicodedata.normalize("NFKD", out) if not unicodedata.combining(c))
    out = out.lower()
    if out.startswith("ye"):  # Yelena / Елена
        out = out[1:]
    for src, dst in LATIN_SPELLINGS:
        if src in out:
            out = out.replace(src, dst)
    # Doubled letters once: Мээрим / Meerim / Merim, Айсулуу / Aysulu.
    return _DOUBLED.sub(r"\1", out)


def matching_words(text: str) -> list[str]:
    """The words of a text in the matching alphabet, look-alike letters fixed first."""
    folded = unicodedata.normalize("NFC", fix_lookalikes(text)).casefold()
    return [w for w in (_latin_word(x) for x in _WORD.findall(folded)) if w]


def search_key(full_name: str) -> str:
    """A person's stored search key: her name's words in the matching alphabet, in order
    («Жаңыл Асанова» -> "janil asanova"), so a search typed on a Russian keyboard or in
    Latin letters finds her (app/core/services/people.py)."""
    return " ".join(matching_words(full_name))


def _stem(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)].rstrip("i") or word
    return word.rstrip("i") if len(word) > 4 and word.endswith("ai") else word


@dataclass(frozen=True)
class NameKey:
    """A name in the matching alphabet: whole words and their stems, in written order."""

    words: tuple[str, ...]
    stems: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(sorted(self.stems))


def name_key(full_name: str) -> NameKey:
    """The matching key of a name (see the module docstring)."""
    text = unicodedata.normalize("NFC", fix_lookalikes(full_name)).casefold()
    words = [_latin_word(w) for w in _WORD.findall(text)]
    words = [w for w in words if w and w not in _PATRONYMIC_WORDS]
    return NameKey(tuple(words), tuple(_stem(w) for w in words))


def block_key(key: NameKey) -> str:
    """A coarse key for blocking: the first three letters of each stem, sorted.

    Two spellings of one name nearly always share it; comparing only within blocks is
    what makes 100,000 people take seconds rather than days.
    """
    return " ".join(sorted(s[:3] for s in key.stems))


def _word_similarity(a: str, sa: str, b: str, sb: str) -> float:
    if sa == sb:
        return 1.0
    if sa != a and sb != b:
        # Both had a surname ending: compare the stems, where one letter weighs more
        # (Исакова / Искакова are two families, not a typo).
        return Indel.normalized_similarity(sa, sb)
    return Indel.normalized_similarity(a, b)


def key_similarity(a: NameKey, b: NameKey) -> float:
    """0..1: how alike two name keys are, words matched in the best order.

    Half the weakest word and half the average: one quite different word (another first
    name with the same surname) must pull the score down.
    """
    if not a.words or not b.words:
        return 0.0
    if a.stems == b.stems or sorted(a.stems) == sorted(b.stems):
        return 1.0
    short, long_ = (a, b) if len(a.words) <= len(b.words) else (b, a)
    best = 0.0
    for perm in itertools.permutations(range(len(long_.words)), len(short.words)):
        sims = [
            _word_similarity(short.words[i], short.stems[i], long_.words[j], long_.stems[j])
            for i, j in enumerate(perm)
        ]
        score = 0.5 * min(sims) + 0.5 * sum(sims) / len(sims)
        best = max(best, score)
        if len(long_.words) > 4:  # pathological input: first order only
            break
    if len(short.words) < len(long_.words):
        best *= 0.95  # a missing word (patronymic, second name) is weak counter-evidence
    return best


NAME_MATCH = 0.87  # names at least this alike are "the same name"
PERSON_MATCH = 0.75  # people at least this alike are shown as likely duplicates


@dataclass(frozen=True)
class Facts:
    """What the matcher knows of one person."""

    key: NameKey
    phone: str | None = None
    birth_year: int | None = None
    district_id: str | None = None
    organisation_id: str | None = None


@dataclass(frozen=True)
class Match:
    score: float
    reasons: tuple[str, ...]  # codes, e.g. "same_name", "same_phone", "other_birth_year"


def _agreement(
    x: str | None, y: str | None, what: str, same: float, other: float, reasons: list[str]
) -> float:
    """What one fact known of both adds to the score: `same` where they agree, `other` (a
    penalty) where they differ, nothing where either is unknown. The reason ("same_phone",
    "other_district") is appended to `reasons`."""
    if not (x and y):
        return 0.0
    reasons.append(f"{'same' if x == y else 'other'}_{what}")
    return same if x == y else other


def compare(a: Facts, b: Facts) -> Match:
    """How likely two people are one: the name, then phone, birth year, district, org."""
    name = key_similarity(a.key, b.key)
    reasons: list[str] = ["same_name" if name >= 0.999 else "similar_name"]
    score = 0.6 * name
    score += _agreement(a.phone, b.phone, "phone", 0.35, -0.1, reasons)
    if a.birth_year and b.birth_year:
        gap = abs(a.birth_year - b.birth_year)
        if gap == 0:
            score += 0.15
            reasons.append("same_birth_year")
        elif gap == 1:
            score += 0.05
            reasons.append("near_birth_year")
        else:
            score -= 0.3
            reasons.append("other_birth_year")
    score += _agreement(a.district_id, b.district_id, "district", 0.15, -0.1, reasons)
    if a.organisation_id and b.organisation_id and a.organisation_id == b.organisation_id:
        score += 0.1
        reasons.append("same_organisation")
    if name < 0.7:
        # Without a similar name nothing else (a shared family phone) makes one person.
        score = min(score, 0.5)
    return Match(max(0.0, min(1.0, score)), tuple(reasons))


def blocks_of(f: Facts) -> Sequence[str]:
    """The blocks a person is compared within: name with birth year, with district, phone."""
    name = block_key(f.key)
    out = [f"n:{name}|y:{f.birth_year}", f"n:{name}|d:{f.district_id}"]
    if f.phone:
        out.append(f"p:{f.phone}")
    return out
