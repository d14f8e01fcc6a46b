"""The fallback voice: clips joined in order, played off the GUI thread, one call after another."""

from __future__ import annotations

import sys
import wave
from pathlib import Path

from branchdesk.services.queue.announce import call_clips
from branchdesk.ui.board import voice


def _frames(path: Path) -> int:
    with wave.open(str(path), "rb") as w:
        return w.getnframes()


def test_shipped_clips_are_small_mono_16khz():
    paths = list(voice.clip_dir().glob("*.wav"))
    assert len(paths) >= 41
    assert sum(p.stat().st_size for p in paths) < 1_000_000
    for path in paths:
        with wave.open(str(path), "rb") as w:
            assert (w.getnchannels(), w.getframerate(), w.getsampwidth()) == (1, 16000, 2), path.name
            assert w.getnframes() > 1000, path.name  # not an empty clip


def test_joined_wav_has_the_summed_frames(tmp_path):
    paths = [voice.clip_dir() / f"{name}.wav" for name in call_clips("A012", 3)]
    out = tmp_path / "call.wav"
    frames = voice.join_wavs(paths, out)
    assert frames == sum(_frames(p) for p in paths) == _frames(out)
    with wave.open(str(out), "rb") as w:
        assert (w.getnchannels(), w.getframerate()) == (1, 16000)


def test_the_player_is_called_in_order_without_blocking(tmp_path):
    log = tmp_path / "played.txt"
    gate = tmp_path / "gate"
    # A "player" that cannot finish until the test opens the gate, then records the size of its file.
    script = ("import sys, time, os\n"
              f"while not os.path.exists({str(gate)!r}): time.sleep(0.01)\n"
              f"open({str(log)!r}, 'a').write(str(os.path.getsize(sys.argv[1])) + '\\n')")
    player = voice.ClipVoice(player=[sys.executable, "-c", script])
    player.say("A012", 3)
    player.say("B7", 12)
    # Both calls were accepted while the first cannot have finished playing: the caller never waits for
    # the sound (a say() that waited would sit out the player's timeout and find the queue empty here).
    assert not player.idle()
    assert not log.exists()
    gate.touch()
    player.join()
    sizes = [int(x) for x in log.read_text().split()]
    assert len(sizes) == 2 and sizes[0] != sizes[1]
    expected = sum(p.stat().st_size - 44 for p in (voice.clip_dir() / f"{n}.wav" for n in call_clips("A012", 3)))
    assert abs(sizes[0] - 44 - expected) < 200  # the first call was played first
    player.stop()


def test_a_missing_player_is_logged_once_and_nothing_breaks(caplog):
    player = voice.ClipVoice(player=[])
    player.player = None
    player.say("A001", 1)
    player.say("A002", 1)
    player.join()
    assert sum("no audio player" in r.message for r in caplog.records) == 1
    player.stop()


def test_find_player_takes_the_first_on_path(monkeypatch):
    monkeypatch.setattr(voice.sys, "platform", "linux")
    monkeypatch.setattr(voice.shutil, "which", lambda name: "/usr/bin/" + name if name != "pw-play" else None)
    assert voice.find_player() == ["paplay"]
    monkeypatch.setattr(voice.shutil, "which", lambda name: None)
    assert voice.find_player() is None


def test_without_qt_speech_the_clips_are_used(monkeypatch):
    monkeypatch.setattr(voice, "qt_speech", lambda: None)
    chosen = voice.make_voice()
    assert isinstance(chosen, voice.ClipVoice)
    chosen.stop()


def test_a_qt_speech_engine_without_a_chinese_voice_is_not_used(qapp):
    """Qt's 'mock' plug-in speaks English and Norwegian only: the board must fall back to the clips."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    assert "mock" in QTextToSpeech.availableEngines()
    assert voice.qt_speech("mock") is None


def test_qt_speech_says_every_call(qapp, qtbot):
    """Through a real QTextToSpeech (its 'mock' plug-in, which speaks without a sound card)."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    engine = QTextToSpeech("mock")
    spoken = []
    engine.aboutToSynthesize.connect(spoken.append)  # once per text it begins to speak
    speech = voice.SpeechVoice(engine)
    speech.say("A012", 3)
    speech.say("B001", 1)
    qtbot.waitUntil(lambda: len(spoken) == 2 and engine.state() == QTextToSpeech.State.Ready, timeout=10000)
    assert engine.errorReason() == QTextToSpeech.ErrorReason.NoError
