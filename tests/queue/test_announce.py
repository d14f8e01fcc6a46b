"""The clips that say a call, in order."""

from __future__ import annotations

import pytest

from branchdesk.services.queue import announce


def test_a012_to_window_3():
    assert announce.call_clips("A012", 3) == [
        "qing", "letter_a", "d0", "d1", "d2", "hao", "dao", "d3", "hao_chuangkou"]
    assert announce.call_text("A012", 3) == "请 A012 号到 3 号窗口"


@pytest.mark.parametrize("number, clips", [
    (1, ["d1"]), (10, ["shi"]), (12, ["shi", "d2"]), (20, ["d2", "shi"]), (23, ["d2", "shi", "d3"]),
    (105, ["d1", "d0", "d5"]),
])
def test_window_numbers_are_read_as_numbers(number, clips):
    assert announce.number_clips(number) == clips


def test_two_letter_prefixes_and_lower_case():
    assert announce.code_clips("ab007") == ["letter_a", "letter_b", "d0", "d0", "d7"]


def test_every_clip_a_call_can_need_is_in_the_shipped_list():
    needed = {c for n in range(1, 100) for c in announce.number_clips(n)}
    needed |= {c for letter in announce.LETTERS for c in announce.code_clips(letter + "0123456789")}
    assert needed | {"qing", "hao", "dao", "hao_chuangkou"} <= set(announce.ALL_CLIPS)


def test_every_clip_is_shipped():
    from branchdesk.paths import resources_dir

    missing = [c for c in announce.ALL_CLIPS if not (resources_dir() / "voice" / f"{c}.wav").is_file()]
    assert missing == []
