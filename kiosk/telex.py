"""Vietnamese typing without a system keyboard: Telex, and tone and vowel-shape keys.

Two routes reach the same text, through the same core functions:

- Telex, for whoever knows it: aa â, aw ă, ee ê, oo ô, ow ơ, uw ư, uow ươ, w ư, dd đ, and the
  tone keys s (sắc) f (huyền) r (hỏi) x (ngã) j (nặng) z (no tone). A key typed twice undoes
  itself and stays a letter: "ass" gives "as", "aaa" gives "aa". As in Unikey's free style, a
  shape or tone key may come after the final consonant: "Nguyenxe" gives "Nguyễn" too.
- Marks, for whoever does not: type the plain letters, then tap a mark. `apply_tone(word,
  Tone.NGA)` and `apply_shape(word, "ê")` act on the word, wherever its vowel is, so tapping
  N g u y e n, then ê, then ã gives "Nguyễn". A shape letter with nothing to shape is simply
  typed (`TelexComposer.shape`), so N g u y ê n ã works as well.

Tone placement follows the new style ("kiểu mới", the 1980s Ministry of Education rule, also
used in "Xoá"): the mark sits on the main vowel, so "hoà", "khoẻ", "thuý"; with a final
consonant both styles agree ("hoàn", "thuyền"). `old_style=True` gives "hòa", "khỏe", "thúy",
which many existing records use; compare names with both in mind. The tone is placed again
after every key, so it moves when the word grows ("hoà" + n = "hoàn"). Output is always NFC.
"""

from __future__ import annotations

import unicodedata
from enum import Enum


class Tone(Enum):
    """The six tones; the value is the combining mark (NFD)."""

    LEVEL = ""  # ngang: no mark
    SAC = "\u0301"
    HUYEN = "\u0300"
    HOI = "\u0309"
    NGA = "\u0303"
    NANG = "\u0323"


CIRCUMFLEX, BREVE, HORN = "\u0302", "\u0306", "\u031b"
VOWELS = "aeiouy"
TONE_KEYS = {"s": Tone.SAC, "f": Tone.HUYEN, "r": Tone.HOI, "x": Tone.NGA, "j": Tone.NANG}
SHAPES: dict[str, tuple[str, str]] = {
    "â": ("a", CIRCUMFLEX),
    "ă": ("a", BREVE),
    "ê": ("e", CIRCUMFLEX),
    "ô": ("o", CIRCUMFLEX),
    "ơ": ("o", HORN),
    "ư": ("u", HORN),
    "đ": ("d", ""),
}
_TONE_MARKS = {t.value for t in Tone if t.value}
_SHAPE_MARKS = {CIRCUMFLEX, BREVE, HORN}


def _parts(ch: str) -> tuple[str, str, str]:
    """A letter as (base letter, shape mark, tone mark): "Ễ" is ("E", CIRCUMFLEX, NGA)."""
    d = unicodedata.normalize("NFD", ch)
    marks = d[1:]
    shape = next((m for m in marks if m in _SHAPE_MARKS), "")
    tone = next((m for m in marks if m in _TONE_MARKS), "")
    return d[:1], shape, tone


def _join(base: str, shape: str, tone: str) -> str:
    return unicodedata.normalize("NFC", base + shape + tone)


def _base(ch: str) -> str:
    return _parts(ch)[0].lower()


def _replace(word: str, i: int, ch: str) -> str:
    return word[:i] + ch + word[i + 1 :]


def tone_of(word: str) -> Tone:
    for ch in word:
        tone = _parts(ch)[2]
        if tone:
            return Tone(tone)
    return Tone.LEVEL


def strip_tone(word: str) -> str:
    return "".join(_join(b, s, "") for b, s, _ in map(_parts, word))


def nucleus(word: str) -> list[int]:
    """Indices of the word's vowels: its last run of vowel letters, less the u of "qu" and
    the i of "gi" when another vowel follows ("quý", "già", but "gì")."""
    run: list[int] = []
    for i in range(len(word) - 1, -1, -1):
        if _base(word[i]) in VOWELS:
            run.insert(0, i)
        elif run:
            break
    if len(run) > 1 and run[0] > 0:
        pair = _base(word[run[0] - 1]) + _base(word[run[0]])
        if pair in ("qu", "gi"):
            run = run[1:]
    return run


def tone_position(word: str, *, old_style: bool = False) -> int | None:
    """Where the tone mark goes in `word`, or None when it has no vowel."""
    run = nucleus(word)
    if not run:
        return None
    shaped = [i for i in run if _parts(word[i])[1]]
    if shaped:
        return shaped[-1]  # ê in "Nguyễn", ơ in "Hường"
    if len(run) == 1:
        return run[0]
    if run[-1] < len(word) - 1:
        return run[-1]  # a final consonant: "hoàn", "Quỳnh"
    if len(run) >= 3:
        return run[1]  # "khoái", "khuỷu"
    pair = "".join(_base(word[i]) for i in run)
    if not old_style and pair in ("oa", "oe", "uy"):
        return run[1]  # new style: "hoà", "khoẻ", "thuý"
    return run[0]  # "mái", "mía", "múa"


def apply_tone(word: str, tone: Tone, *, old_style: bool = False) -> str | None:
    """`word` with `tone` (replacing any other) on the right vowel; None if it has no vowel."""
    bare = strip_tone(word)
    i = tone_position(bare, old_style=old_style)
    if i is None:
        return None
    base, shape, _ = _parts(bare[i])
    return _replace(bare, i, _join(base, shape, tone.value))


def _settle(word: str, old_style: bool) -> str:
    """Put the word's tone back on the vowel it belongs to now."""
    tone = tone_of(word)
    if tone is Tone.LEVEL:
        return word
    return apply_tone(word, tone, old_style=old_style) or word


def _set_shape(word: str, i: int, shape: str) -> str:
    base, _, tone = _parts(word[i])
    return _replace(word, i, _join(base, shape, tone))


def apply_shape(word: str, shape: str, *, old_style: bool = False) -> str | None:
    """Give the word's a, e, o, u (or its first d) the shape of `shape`, one of "âăêôơưđ";
    a letter that has that shape already loses it (a second tap undoes). None when the word
    has no such letter."""
    base, mark = SHAPES[shape.lower()]
    if base == "d":
        if not word or _base(word[0]) not in ("d", "đ"):
            return None
        first = word[0]
        flipped = {"d": "đ", "D": "Đ", "đ": "d", "Đ": "D"}[first]
        return flipped + word[1:]
    for i in nucleus(word):
        if _base(word[i]) == base:
            new_mark = "" if _parts(word[i])[1] == mark else mark
            return _settle(_set_shape(word, i, new_mark), old_style)
    return None


def _telex_w(word: str, key: str) -> tuple[str, bool]:
    """w: ươ, ư, ơ or ă. Returns (word, key consumed)."""
    run = nucleus(word)
    bases = "".join(_base(word[i]) for i in run)
    if not run:
        if any(_base(ch) in VOWELS for ch in word):
            return word, False
        return word + ("Ư" if key.isupper() else "ư"), True
    at = bases.find("uo")
    if at >= 0:
        pair = (run[at], run[at + 1])
        if all(_parts(word[i])[1] == HORN for i in pair):
            return _set_shape(_set_shape(word, pair[0], ""), pair[1], ""), False
        return _set_shape(_set_shape(word, pair[0], HORN), pair[1], HORN), True
    if bases in ("ua", "uu"):
        target = run[0]  # "mưa", "hưu"
    else:
        spots = [i for i in run if _base(word[i]) in "aou"]
        if not spots:
            return word, False
        target = spots[-1]
    mark = BREVE if _base(word[target]) == "a" else HORN
    if _parts(word[target])[1] == mark:
        return _set_shape(word, target, ""), False
    return _set_shape(word, target, mark), True


def telex_key(word: str, key: str, *, old_style: bool = False) -> tuple[str, bool]:
    """What one Telex key does to the word being typed: (new word, whether the key was used
    up). When it was not, the caller adds the key as a letter; a changed word with an unused
    key was an undo ("ss")."""
    k = key.lower()
    if k in TONE_KEYS or k == "z":
        current = tone_of(word)
        wanted = TONE_KEYS.get(k, Tone.LEVEL)
        if tone_position(word, old_style=old_style) is None or current is wanted:
            return strip_tone(word), False
        return apply_tone(word, wanted, old_style=old_style) or word, True
    if k == "w":
        return _telex_w(word, key)
    if k == "d":
        if word and _base(word[0]) in ("d", "đ"):
            new = apply_shape(word, "đ") or word
            return new, _base(new[0]) == "đ"
        return word, False
    if k in "aeo":
        run = nucleus(word)
        # â, ê, ô stand before i, u or y only ("âu", "iêu", "ôi"): "ngoeo" keeps its o
        spots = [n for n, i in enumerate(run) if _base(word[i]) == k]
        if spots and all(_base(word[i]) in "iuy" for i in run[spots[-1] + 1 :]):
            i = run[spots[-1]]
            if _parts(word[i])[1] == CIRCUMFLEX:
                return _set_shape(word, i, ""), False
            return _set_shape(word, i, CIRCUMFLEX), True
    return word, False


class TelexComposer:
    """The text being typed, word by word. `telex=False` types every key as it is; the tone
    and shape keys (`tone`, `shape`) work either way."""

    def __init__(self, *, telex: bool = True, old_style: bool = False) -> None:
        self.telex = telex
        self.old_style = old_style
        self._text = ""
        self._literal = False  # after an undo, the rest of the word is typed as it is

    @property
    def text(self) -> str:
        return self._text

    @property
    def word(self) -> str:
        """The word being typed: everything after the last space."""
        return self._text.rpartition(" ")[2]

    def set_text(self, text: str) -> None:
        self._text = unicodedata.normalize("NFC", text)
        self._literal = False

    def clear(self) -> None:
        self.set_text("")

    def _set_word(self, word: str) -> None:
        head = self._text[: len(self._text) - len(self.word)]
        self._text = head + _settle(word, self.old_style)

    def type(self, key: str) -> None:
        """One typed character (a letter; a space ends the word)."""
        if key == " ":
            self.space()
            return
        word = self.word
        if not self.telex or self._literal or not key.isalpha():
            self._set_word(word + key)
            return
        new, used = telex_key(word, key, old_style=self.old_style)
        if not used:
            self._literal = new != word
            new += key
        self._set_word(new)

    def tone(self, tone: Tone) -> bool:
        """Tap on a tone mark: the word takes that tone, or loses it if it has it already.
        False (nothing changes) when the word has no vowel yet."""
        word = self.word
        wanted = Tone.LEVEL if tone_of(word) is tone else tone
        new = apply_tone(word, wanted, old_style=self.old_style)
        if new is None:
            return False
        self._set_word(new)
        return True

    def shape(self, letter: str) -> None:
        """Tap on a shaped letter (â ă ê ô ơ ư đ, in the case to type it): reshape the word's
        plain letter, or type `letter` when the word has none."""
        new = apply_shape(self.word, letter, old_style=self.old_style)
        self._set_word(self.word + letter if new is None else new)

    def space(self) -> None:
        """End the word. No space at the start and never two in a row (a double tap)."""
        if self._text and not self._text.endswith(" "):
            self._text += " "
        self._literal = False

    def backspace(self) -> None:
        """Delete the last letter (with its marks) or space."""
        self._text = self._text[:-1]
        self._literal = False
        self._set_word(self.word)


def compose(keys: str, *, old_style: bool = False) -> str:
    """The text that typing `keys` in Telex gives; "<" stands for a backspace."""
    composer = TelexComposer(old_style=old_style)
    for key in keys:
        if key == "<":
            composer.backspace()
        else:
            composer.type(key)
    return composer.text
