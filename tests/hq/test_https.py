"""HTTPS for privacy where the county has a certificate: `serve --certfile --keyfile`, and the branch
trusting the county's own certificate authority."""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import signal
import ssl
import subprocess
import sys
import time

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from branchdesk.hq import registry
from branchdesk.hq.database import HQDatabase, database_url
from branchdesk.sync.http import HQClient, Identity, ReplyLost
from branchdesk.sync.protocol import KeyPair

from tests.hq.test_cli import free_port
from tests.hq.test_push import rows


def self_signed(folder) -> tuple[str, str]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "县局测试")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "hq.pem", folder / "hq.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return str(cert_path), str(key_path)


@pytest.fixture
def https_hq(tmp_path):
    cert, key = self_signed(tmp_path)
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "branchdesk.hq.cli", "--data-dir", str(tmp_path / "hq"), "serve", "--port", str(port),
         "--certfile", cert, "--keyfile", key], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    url = f"https://127.0.0.1:{port}"
    trusting = HQClient(url, client=httpx.Client(verify=ssl.create_default_context(cafile=cert)))
    deadline = time.monotonic() + 60
    try:
        while True:
            try:
                trusting.health()
                break
            except ReplyLost:
                assert time.monotonic() < deadline and process.poll() is None, "HQ did not start"
                time.sleep(0.2)
        yield url, cert, trusting, tmp_path / "hq"
    finally:
        trusting.close()
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(30)


def test_a_branch_syncs_over_https_trusting_the_countys_certificate(https_hq):
    url, cert, trusting, data_dir = https_hq
    db = HQDatabase(database_url(data_dir, None))
    try:
        made = registry.add_branch(db, "QS-001", "青山镇邮政支局", dt.datetime.now(dt.timezone.utc))
    finally:
        db.close()
    keys = KeyPair.generate()
    enrolment = trusting.enrol("QS-001", made.code, keys, None)
    me = Identity(url, "QS-001", enrolment.credential, keys, enrolment.hq_public_key)
    assert trusting.push(me, 1, rows(1, 3), 3)["held_through"] == 3


def test_a_certificate_the_branch_does_not_trust_is_refused(https_hq):
    url, _, _, _ = https_hq
    stranger = HQClient(url)  # the system's authorities only
    try:
        with pytest.raises(ReplyLost):
            stranger.health()
    finally:
        stranger.close()
