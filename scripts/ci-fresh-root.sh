#!/usr/bin/env bash
# Run a command from this clone inside a fresh minimal Debian 12 root, as a newcomer's
# fresh machine would: `debootstrap --variant=minbase bookworm` plus python3 from apt,
# and nothing else. The clone's own scripts must install whatever else they need.
#
# Usage (as root):  scripts/ci-fresh-root.sh [COMMAND [ARG...]]   default: ./scripts/test.sh
# The command runs in a copy of the tracked files (git ls-files), in /src inside the root.
#
# Carried in from the host, and nothing else:
#   - the resolver: /etc/resolv.conf;
#   - the CA bundle, kept under its own name (/etc/branchdesk-ci/ca.pem), because Debian's
#     ca-certificates package, if the scripts pull it in, rewrites /etc/ssl/certs;
#     PIP_CERT and SSL_CERT_FILE point at it;
#   - pip's configuration: /etc/pip.conf and /etc/xdg/pip (with its constraints file),
#     PIP_DEFAULT_TIMEOUT and PIP_DISABLE_PIP_VERSION_CHECK from the environment.
#     The host's pip configuration also names local package caches: extra-index-url
#     file:///opt/pypi/simple file:///opt/pypi-more/simple and find-links /opt/wheels
#     (in ~/.config/pip/pip.conf and PIP_FIND_LINKS). They are not bound in, and the
#     options naming them are dropped: they are this host's caches, not configuration, a
#     newcomer's machine has none, and binding them would let a package that only this
#     host has slip through. So the root installs from the package index alone, as a
#     fresh machine does (it costs a few minutes of downloads per run).
#
# The base root is cached pristine: the untouched debootstrap output as a tarball in
# $BRANCHDESK_CI_CACHE (default /var/cache/branchdesk-ci), unpacked afresh on every run.
# Nothing installed in a run is ever kept. /proc, /sys (read-only), a minimal /dev with
# /dev/pts and /dev/shm are mounted in a private mount namespace for the run only, and
# unmounted on exit; the root is deleted afterwards (BRANCHDESK_CI_KEEP=1 keeps it).
set -euo pipefail

if [ "${1:-}" = --inside ]; then
  # Second stage: we are in our own mount namespace (see the end of this file).
  shift
  root=$1
  shift
  cleanup_mounts() {
    local m p
    # End what the run left running in the root (a stray server or player), so that
    # nothing holds its mounts: only processes whose root is this root, all started here.
    for p in /proc/[0-9]*; do
      [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && kill -KILL "${p#/proc/}" 2>/dev/null || true
    done
    for m in dev/shm dev/pts dev sys proc; do
      mountpoint -q "$root/$m" && umount -l "$root/$m" || true
    done
  }
  trap cleanup_mounts EXIT
  trap 'exit 130' INT TERM HUP
  mount -t proc -o nosuid,nodev,noexec proc "$root/proc"
  mount -t sysfs -o ro,nosuid,nodev,noexec sysfs "$root/sys"
  # A small /dev of our own rather than the host's: the usual character devices,
  # a private devpts for terminals, and a tmpfs /dev/shm (POSIX shared memory and
  # semaphores, used by multiprocessing and by Qt).
  mount -t tmpfs -o nosuid,mode=0755,size=64k dev "$root/dev"
  mknod -m 666 "$root/dev/null" c 1 3
  mknod -m 666 "$root/dev/zero" c 1 5
  mknod -m 666 "$root/dev/full" c 1 7
  mknod -m 666 "$root/dev/random" c 1 8
  mknod -m 666 "$root/dev/urandom" c 1 9
  mknod -m 666 "$root/dev/tty" c 5 0
  ln -s /proc/self/fd "$root/dev/fd"
  ln -s /proc/self/fd/0 "$root/dev/stdin"
  ln -s /proc/self/fd/1 "$root/dev/stdout"
  ln -s /proc/self/fd/2 "$root/dev/stderr"
  mkdir "$root/dev/pts" "$root/dev/shm"
  mount -t devpts -o newinstance,ptmxmode=0666,mode=0620 devpts "$root/dev/pts"
  ln -s pts/ptmx "$root/dev/ptmx"
  mount -t tmpfs -o nosuid,nodev,mode=1777 shm "$root/dev/shm"

  # A clean environment: what CI sets, a UTF-8 locale as a Debian system has by
  # default, and the pip and TLS settings that point at what was carried in.
  env_run=(env -i
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
    HOME=/root LANG=C.UTF-8 TERM=dumb CI="${CI:-true}"
    DEBIAN_FRONTEND=noninteractive
    PIP_CERT=/etc/branchdesk-ci/ca.pem SSL_CERT_FILE=/etc/branchdesk-ci/ca.pem
    PIP_DEFAULT_TIMEOUT="${PIP_DEFAULT_TIMEOUT:-180}"
    PIP_DISABLE_PIP_VERSION_CHECK=1)

  echo "== fresh root: apt-get install python3 (the only package added by hand)"
  chroot "$root" "${env_run[@]}" /bin/sh -c \
    'apt-get update -qq && apt-get install -y -qq python3 >/dev/null && python3 -V' </dev/null
  echo "== fresh root: $*"
  chroot "$root" "${env_run[@]}" /bin/sh -c 'cd /src && exec "$@"' sh "$@" </dev/null
  exit $?
fi

[ "$(id -u)" = 0 ] || { echo "ci-fresh-root.sh: run as root (debootstrap, chroot and mounts need it)" >&2; exit 1; }
cd "$(dirname "$0")/.."
src=$(pwd)
[ $# -gt 0 ] || set -- ./scripts/test.sh

suite=bookworm
mirror=${BRANCHDESK_CI_MIRROR:-http://deb.debian.org/debian}
cache=${BRANCHDESK_CI_CACHE:-/var/cache/branchdesk-ci}
base="$cache/$suite-minbase-$(dpkg --print-architecture 2>/dev/null || uname -m).tar"
mkdir -p "$cache"

if ! command -v debootstrap >/dev/null 2>&1; then
  echo "== installing debootstrap on the host"
  apt-get update -qq </dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap </dev/null >/dev/null
fi

work=$(mktemp -d /var/tmp/branchdesk-ci.XXXXXX)
root="$work/root"
remove_root() {
  # Never delete through a mount point: everything was mounted in a private namespace
  # that is gone by now, but check anyway, and stay on this file system.
  if grep -q " $work/" /proc/self/mountinfo; then
    echo "ci-fresh-root.sh: something is still mounted under $work; leaving it in place" >&2
    return
  fi
  if [ -n "${BRANCHDESK_CI_KEEP:-}" ]; then
    echo "ci-fresh-root.sh: kept the root in $root"
  else
    rm -rf --one-file-system "$work"
  fi
}
trap remove_root EXIT
trap 'exit 130' INT TERM HUP

if [ ! -s "$base" ]; then
  echo "== debootstrap --variant=minbase $suite (cached pristine as $base)"
  start=$(date +%s)
  debootstrap --variant=minbase "$suite" "$work/pristine" "$mirror" </dev/null >"$work/debootstrap.log" 2>&1 || {
    tail -n 30 "$work/debootstrap.log" >&2; echo "ci-fresh-root.sh: debootstrap failed" >&2; exit 1; }
  tar --numeric-owner -C "$work/pristine" -cpf "$base.part.$$" .
  mv "$base.part.$$" "$base"
  rm -rf --one-file-system "$work/pristine"
  echo "   took $(( $(date +%s) - start )) s"
fi

echo "== unpacking a fresh copy of the pristine root"
mkdir "$root"
tar --numeric-owner -C "$root" -xpf "$base"

# What is carried in (see the top of this file).
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
ca=${PIP_CERT:-${SSL_CERT_FILE:-/etc/ssl/certs/ca-certificates.crt}}
mkdir -p "$root/etc/branchdesk-ci"
cp -L "$ca" "$root/etc/branchdesk-ci/ca.pem"
carry_pip_conf() {  # carry_pip_conf FILE: copy it, cert pointing at ca.pem, no local-cache options
  [ -f "$1" ] || return 0
  mkdir -p "$root$(dirname "$1")"
  awk '/^[[:space:]]*(extra-index-url|find-links)[[:space:]]*=/ { skip = 1; next }
       skip && /^[[:space:]]+[^[:space:]]/ { next }
       { skip = 0 }
       /^[[:space:]]*cert[[:space:]]*=/ { print "cert = /etc/branchdesk-ci/ca.pem"; next }
       { print }' "$1" >"$root$1"
}
carry_pip_conf /etc/pip.conf
if [ -d /etc/xdg/pip ]; then
  mkdir -p "$root/etc/xdg/pip"
  for f in /etc/xdg/pip/*; do
    case "$f" in
      *.conf) carry_pip_conf "$f" ;;
      *) cp -L "$f" "$root/etc/xdg/pip/" ;;
    esac
  done
fi

# The clone: tracked files only (no .venv, no build output).
mkdir "$root/src"
git -C "$src" ls-files -z | tar -C "$src" --null -T - -cf - | tar -C "$root/src" -xf -

start=$(date +%s)
status=0
CI=${CI:-true} unshare --mount --propagation private -- "$src/scripts/ci-fresh-root.sh" --inside "$root" "$@" || status=$?
echo "== fresh root: finished with status $status in $(( $(date +%s) - start )) s"
exit "$status"
