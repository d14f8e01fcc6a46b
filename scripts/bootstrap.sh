#!/usr/bin/env bash
# Shared by run-demo.sh, test.sh and packaging/build.sh: system libraries Qt needs,
# a virtual environment in .venv with BranchDesk installed, translations compiled.
# Usage: scripts/bootstrap.sh EXTRAS APT_SET...   (EXTRAS: "", "test", "package", "test,package";
#        APT_SET: runtime, window, speech, postgres; see below)
set -euo pipefail
cd "$(dirname "$0")/.."

extras=${1:-}
shift || true

# System libraries that the Qt modules and plug-ins we load need on a bare Debian 12/Ubuntu.
# Found with scripts/ci-missing-libs.sh (ldd over PySide6's modules, Qt's libraries and
# plug-ins) in a `debootstrap --variant=minbase` root, keeping only what we load:
# runtime: QtCore, QtGui, QtWidgets, QtTest and the offscreen platform plug-in (libGL, libEGL,
#          fontconfig + freetype, xkbcommon, glib, D-Bus); libbrotli1 for pyside6-lrelease,
#          which builds the translations below, and for QtNetwork/QtMultimedia.
QT_RUNTIME="libgl1 libegl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 libbrotli1"
# window: the xcb platform plug-in (a real X11 window, or Xvfb) and its xcb helper libraries.
QT_WINDOW="xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxkbcommon-x11-0
  libxcb-image0 libxcb-render0 libxcb-render-util0 libxcb-util1 libxcb-xkb1"
# speech: PySide6-Addons' QtTextToSpeech (the test extra, and the board's voice on Windows)
#         links QtMultimedia, which links PulseAudio's client library, so importing it, or
#         loading its 'mock' engine that the tests use, fails without libpulse0; QtMultimedia
#         also opens PipeWire's client library at start and logs a warning (which the strict
#         tests count as a failure) when libpipewire-0.3-0 is missing. Not added:
#         libspeechd2 (the 'speechd' engine; a desktop with speech-dispatcher has it, and
#         without it Qt skips that engine and the board uses its clips), GTK 3 (the gtk3
#         platform theme, present wherever a GTK desktop is), Wayland's client libraries
#         (the wayland platform plug-in; Qt falls back to xcb), and the ffmpeg media,
#         SQL-driver, eglfs and pdf plug-ins, which nothing here loads.
QT_SPEECH="libpulse0 libpipewire-0.3-0"
# postgres: the HQ server's tests run on SQLite and on PostgreSQL; scripts/postgres-for-tests.sh
#           starts a throwaway server from Debian's package (the package's own cluster is not used).
POSTGRES="postgresql"

PYTHON=${PYTHON:-python3}
if ! command -v "$PYTHON" >/dev/null 2>&1; then
  echo "BranchDesk needs Python 3.11 or newer: sudo apt-get install -y python3 python3-venv" >&2
  exit 1
fi
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "BranchDesk needs Python 3.11 or newer; $PYTHON is $("$PYTHON" -V 2>&1). Set PYTHON=/path/to/python3.11." >&2
  exit 1
fi

want=""
for set in "$@"; do
  case "$set" in
    runtime) want="$want $QT_RUNTIME" ;;
    window) want="$want $QT_WINDOW" ;;
    speech) want="$want $QT_SPEECH" ;;
    postgres) want="$want $POSTGRES" ;;
    *) echo "bootstrap.sh: unknown apt set '$set' (runtime, window, speech, postgres)" >&2; exit 2 ;;
  esac
done
# ensurepip comes with Debian's python3-venv, not with python3 itself.
"$PYTHON" -c 'import ensurepip' 2>/dev/null || want="$want python3-venv"

if [ -n "$want" ] && command -v dpkg-query >/dev/null 2>&1; then
  missing=""
  for pkg in $want; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
  done
  if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing system packages:$missing"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
    else
      echo "BranchDesk needs these system packages first; run:" >&2
      echo "  sudo apt-get install -y$missing" >&2
      exit 1
    fi
  fi
fi

if [ ! -x .venv/bin/python ]; then
  echo "Creating the virtual environment in .venv"
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
spec="."
[ -n "$extras" ] && spec=".[$extras]"
echo "Installing BranchDesk${extras:+ with $extras} into .venv"
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e "$spec"
.venv/bin/python scripts/i18n.py build
