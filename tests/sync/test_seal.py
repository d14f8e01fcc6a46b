"""Sealing rows to HQ's key (docs/sync-protocol.md §8.1)."""

import base64

import pytest

from branchdesk.sync import seal
from branchdesk.sync.protocol import KeyPair


def test_a_sealed_text_opens_only_with_hq_s_key_in_its_place():
    hq = KeyPair.generate()
    sealed = seal.seal(hq.public(), '{"seq":7}'.encode(), b"QS-001:7")
    assert seal.unseal(hq, sealed, b"QS-001:7") == b'{"seq":7}'
    assert sealed != seal.seal(hq.public(), b'{"seq":7}', b"QS-001:7")  # a fresh key each time
    for keys, context, text in ((KeyPair.generate(), b"QS-001:7", sealed), (hq, b"QS-001:8", sealed),
                                (hq, b"QS-002:7", sealed), (hq, b"QS-001:7", sealed[:-4] + "AAA="),
                                (hq, b"QS-001:7", "not base64!"), (hq, b"QS-001:7", "")):
        with pytest.raises(seal.SealError):
            seal.unseal(keys, text, context)


def test_hq_s_x25519_key_is_its_ed25519_key_in_montgomery_form():
    for _ in range(20):
        hq = KeyPair.generate()
        assert seal._montgomery(base64.b64decode(hq.public())) == seal._raw(seal._x25519_private(hq).public_key())
