"""Sealing rows for HQ's eyes only (docs/sync-protocol.md §8.1): what the weekly bundle carries of the
results the branch may not read yet (an unreleased mystery-shopper visit, issue 11 item 5).

The branch staff carry the bundle on a USB stick and can unzip it, so such rows travel encrypted to HQ's
key: an ephemeral X25519 key agreed with HQ's key (its Ed25519 key in Montgomery form, as libsodium
converts it), HKDF-SHA256, ChaCha20-Poly1305 with the branch and the row's seq as associated data. Only
HQ's private key opens them. Nothing here knows the branch app; HQ uses it to open them.
"""

from __future__ import annotations

import base64
import binascii
import hashlib

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from branchdesk.sync.protocol import KeyPair

INFO = b"branchdesk bundle seal v1"
_P = 2**255 - 19
_NONCE = bytes(12)  # every envelope has a key of its own (a fresh ephemeral key)


class SealError(Exception):
    """An envelope that does not open: altered, or sealed to another HQ."""


def _montgomery(ed25519_public: bytes) -> bytes:
    """The X25519 public key of an Ed25519 public key: u = (1 + y) / (1 - y) mod p."""
    y = int.from_bytes(ed25519_public, "little") & ((1 << 255) - 1)
    u = (1 + y) * pow(1 - y, _P - 2, _P) % _P
    return u.to_bytes(32, "little")


def _x25519_private(keys: KeyPair) -> X25519PrivateKey:
    seed = keys.private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                      serialization.NoEncryption())
    return X25519PrivateKey.from_private_bytes(hashlib.sha512(seed).digest()[:32])  # clamped by X25519


def _raw(public: X25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, ephemeral + recipient, INFO).derive(shared)


def seal(hq_public: str, data: bytes, context: bytes) -> str:
    """`data` encrypted to the holder of `hq_public` (base64 Ed25519, as enrolment gave it); base64."""
    recipient = _montgomery(base64.b64decode(hq_public))
    ephemeral = X25519PrivateKey.generate()
    mine = _raw(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    box = ChaCha20Poly1305(_key(shared, mine, recipient)).encrypt(_NONCE, data, context)
    return base64.b64encode(mine + box).decode("ascii")


def unseal(keys: KeyPair, sealed: str, context: bytes) -> bytes:
    """The data sealed to `keys` (HQ's); SealError if it does not open."""
    try:
        raw = base64.b64decode(sealed.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, AttributeError):
        raise SealError("not base64") from None
    if len(raw) < 32 + 16:
        raise SealError("too short")
    private = _x25519_private(keys)
    recipient = _raw(private.public_key())
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(raw[:32]))
        return ChaCha20Poly1305(_key(shared, raw[:32], recipient)).decrypt(_NONCE, raw[32:], context)
    except (InvalidTag, ValueError):
        raise SealError("does not open") from None
