"""What the hall hears for a call: the text, and the pre-recorded clips that say it.

"A012" to window 3 is 请 A 零 一 二 号 到 三 号窗口: the ticket is read digit by
digit (as callers in a hall do), the window as a number (十二 for 12).
Plain Python, so the clip order is tested without Qt or audio.
"""

from __future__ import annotations

DIGITS = "零一二三四五六七八九"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

# Every clip the fallback voice ships (resources/voice/<name>.wav).
PHRASE_CLIPS = ("qing", "hao", "dao", "hao_chuangkou", "shi")
DIGIT_CLIPS = tuple(f"d{d}" for d in range(10))
LETTER_CLIPS = tuple(f"letter_{c.lower()}" for c in LETTERS)
ALL_CLIPS = PHRASE_CLIPS + DIGIT_CLIPS + LETTER_CLIPS


def call_text(code: str, window: int) -> str:
    """The sentence for a text-to-speech voice: 请 A012 号到 3 号窗口."""
    return f"请 {code} 号到 {window} 号窗口"


def code_clips(code: str) -> list[str]:
    clips = []
    for char in code.strip().upper():
        if char.isdigit():
            clips.append(f"d{char}")
        elif char in LETTERS:
            clips.append(f"letter_{char.lower()}")
    return clips


def number_clips(number: int) -> list[str]:
    """1–99 the Chinese way: 3 → 三, 10 → 十, 12 → 十二, 20 → 二十, 23 → 二十三; larger read digit by digit."""
    if not 1 <= number <= 99:
        return [f"d{c}" for c in str(abs(number))]
    tens, ones = divmod(number, 10)
    clips = []
    if tens:
        if tens > 1:
            clips.append(f"d{tens}")
        clips.append("shi")
    if ones:
        clips.append(f"d{ones}")
    return clips


def call_clips(code: str, window: int) -> list[str]:
    return ["qing", *code_clips(code), "hao", "dao", *number_clips(window), "hao_chuangkou"]
