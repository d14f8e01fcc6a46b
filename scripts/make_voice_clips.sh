#!/bin/sh
# The shipped fallback voice: short Mandarin clips that the display board strings
# together into "请 A012 号到 3 号窗口" when no text-to-speech voice is installed.
# Run once (needs Debian's espeak-ng and sox: apt-get install -y espeak-ng sox);
# the WAV files are committed. Names match branchdesk/services/queue/announce.py.
set -eu
out="$(dirname "$0")/../resources/voice"
mkdir -p "$out"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

clip() {  # clip NAME TEXT: speak TEXT, trim the silence around it, 16 kHz mono 16-bit
    espeak-ng -v cmn -s 150 -w "$tmp/raw.wav" "$2"
    sox "$tmp/raw.wav" -r 16000 -c 1 -b 16 "$out/$1.wav" gain -2 \
        silence 1 0.02 0.5% reverse silence 1 0.02 0.5% reverse pad 0 0.06
}

clip qing "请"
clip hao "号"
clip dao "到"
clip hao_chuangkou "号窗口"
clip shi "十"
i=0
for d in 零 一 二 三 四 五 六 七 八 九; do
    clip "d$i" "$d"
    i=$((i + 1))
done
for letter in A B C D E F G H I J K L M N O P Q R S T U V W X Y Z; do
    lower=$(echo "$letter" | tr 'A-Z' 'a-z')
    clip "letter_$lower" "$letter"
done
du -sh "$out"
