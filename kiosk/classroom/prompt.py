"""A practice step's task, said to a hall instead of to one resident: "Bác hãy chạm vào nút
Cài đặt." becomes "chạm vào nút Cài đặt.", to follow "Bà con hãy thử trên điện thoại của
mình:"; "Please touch the Install button." becomes "touch the Install button."."""

from __future__ import annotations

import re

_VI_ASK = re.compile(r"^(Bác|Ông bà|Bà con) hãy\s+")
_EN_ASK = re.compile(r"^Please\s+")


def class_task(prompt: str, language: str) -> tuple[str, bool]:
    """The task of `prompt` for the whole class, and whether it reads on after the class's
    lead-in ("Bà con hãy thử ...: <task>"); False: show it as its own sentence after the
    lead-in, with "bác" said to everyone ("bà con")."""
    prompt = prompt.strip()
    ask = _VI_ASK if language == "vi" else _EN_ASK
    found = ask.match(prompt)
    if found is not None:
        rest = prompt[found.end() :]
        return (rest[:1].lower() + rest[1:], True) if rest else (prompt, False)
    if language == "vi":
        prompt = re.sub(r"\bBác\b", "Bà con", prompt)
        prompt = re.sub(r"\bbác\b", "bà con", prompt)
    return prompt, False
