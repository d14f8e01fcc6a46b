"""Calling numbers aloud in Mandarin, offline, one call after another, never on the GUI thread.

Qt's text-to-speech is used when PySide6-Addons is installed and a Chinese
voice exists; otherwise the shipped clips (resources/voice, made by
scripts/make_voice_clips.sh) are joined into one WAV and played by winsound
on Windows or the first of pw-play, paplay, aplay on Linux.
"""

from __future__ import annotations

import logging
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import wave
from pathlib import Path
from typing import Callable

from branchdesk.paths import resources_dir
from branchdesk.services.queue.announce import call_clips, call_text

log = logging.getLogger(__name__)

PLAYERS = (["pw-play"], ["paplay"], ["aplay", "-q"])


def clip_dir() -> Path:
    return resources_dir() / "voice"


def join_wavs(paths: list[Path], out: Path) -> int:
    """Concatenate WAV files of one format into `out`; returns the frame count written."""
    frames = 0
    with wave.open(str(out), "wb") as joined:
        for index, path in enumerate(paths):
            with wave.open(str(path), "rb") as part:
                if index == 0:
                    joined.setparams(part.getparams())
                data = part.readframes(part.getnframes())
                joined.writeframes(data)
                frames += part.getnframes()
    return frames


def find_player() -> list[str] | None:
    """The command that plays a WAV file here; None on Windows (winsound) or when there is none."""
    if sys.platform == "win32":
        return None
    for command in PLAYERS:
        if shutil.which(command[0]):
            return command
    return None


def _winsound_play(path: Path) -> None:
    if sys.platform != "win32":  # winsound is Windows only; mypy checks the call below for Windows
        raise RuntimeError("winsound plays on Windows only")
    import winsound

    winsound.PlaySound(str(path), winsound.SND_FILENAME)


class ClipVoice:
    """Plays calls from the shipped clips on a worker thread, in the order they were asked for."""

    def __init__(self, clips: Path | None = None, player: list[str] | None = None,
                 play: Callable[[Path], None] | None = None) -> None:
        self.clips = clips or clip_dir()
        self.player = player if player is not None else find_player()
        self.play = play or (_winsound_play if sys.platform == "win32" else self._play_command)
        self._jobs: queue.Queue = queue.Queue()
        self._warned = False
        self._thread = threading.Thread(target=self._work, name="voice", daemon=True)
        self._thread.start()

    def say(self, code: str, window: int) -> None:
        self._jobs.put((code, window))

    def idle(self) -> bool:
        return self._jobs.unfinished_tasks == 0

    def join(self) -> None:
        """Wait until every call asked for has been played (tests, shutdown)."""
        self._jobs.join()

    def stop(self) -> None:
        self._jobs.put(None)

    def _work(self) -> None:
        while True:
            job = self._jobs.get()
            try:
                if job is None:
                    return
                self._say_now(*job)
            except Exception:  # a broken sound device must never take the board down
                log.exception("could not announce %s", job)
            finally:
                self._jobs.task_done()

    def _say_now(self, code: str, window: int) -> None:
        paths = [self.clips / f"{name}.wav" for name in call_clips(code, window)]
        paths = [p for p in paths if p.is_file()]
        if not paths:
            return
        handle, name = tempfile.mkstemp(prefix="call-", suffix=".wav")
        os.close(handle)
        path = Path(name)
        try:
            join_wavs(paths, path)
            self.play(path)
        finally:
            path.unlink(missing_ok=True)

    def _play_command(self, path: Path) -> None:
        if not self.player:
            if not self._warned:
                log.warning("no audio player found (pw-play, paplay or aplay): calls are shown, not spoken")
                self._warned = True
            return
        subprocess.run([*self.player, str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=30, check=False)


class SpeechVoice:
    """Qt's text-to-speech with a Chinese voice; its own queue keeps the calls in order."""

    def __init__(self, engine) -> None:
        self.engine = engine

    def say(self, code: str, window: int) -> None:
        self.engine.enqueue(call_text(code, window))

    def stop(self) -> None:
        self.engine.stop()


def qt_speech(engine_name: str | None = None):
    """A QTextToSpeech speaking Chinese, or None (no PySide6-Addons, or no Chinese voice).

    `engine_name` picks a Qt speech plug-in; the default is the platform's own (SAPI/WinRT on Windows).
    """
    try:
        from PySide6.QtCore import QLocale
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        return None
    try:
        engine = QTextToSpeech(engine_name) if engine_name else QTextToSpeech()
        chinese = [loc for loc in engine.availableLocales() if loc.language() == QLocale.Language.Chinese]
        if not chinese:
            return None
        engine.setLocale(chinese[0])
        return engine
    except Exception:  # a broken speech plug-in: fall back to the clips
        log.exception("text-to-speech is not usable")
        return None


def make_voice():
    """The best voice this PC has: Qt's speech with a Chinese voice, else the shipped clips."""
    engine = qt_speech()
    if engine is not None:
        log.info("calls spoken by Qt text-to-speech (%s)", engine.locale().name())
        return SpeechVoice(engine)
    return ClipVoice()
