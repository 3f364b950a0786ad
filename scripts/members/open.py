#!/usr/bin/env python3
"""Opens the alumni-only details of a built site with an implementation independent of the
build's (Python's `cryptography`, i.e. OpenSSL): the test in crates/build/tests/members.rs
runs it, so a build that seals what a browser cannot open fails.

    open.py DIST FILE_NUMBER   (passphrase on stdin) -> the file's plaintext JSON on stdout
    exit 3 when the passphrase does not open the check value
"""
import json
import sys
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC


def main() -> int:
    dist, number = Path(sys.argv[1]), int(sys.argv[2])
    passphrase = sys.stdin.read().rstrip("\n").encode()
    lock = json.loads((dist / "data/members/meta.json").read_text())["lock"]
    kdf = PBKDF2HMAC(
        algorithm=hashes.SHA256(),
        length=32,
        salt=bytes.fromhex(lock["salt"]),
        iterations=lock["iterations"],
    )
    aes = AESGCM(kdf.derive(passphrase))
    check = bytes.fromhex(lock["check"])
    try:
        aes.decrypt(check[:12], check[12:], b"homecoming-members:check")
    except InvalidTag:
        print("the passphrase does not open this site's alumni-only details", file=sys.stderr)
        return 3
    sealed = (dist / f"data/members/{number}.bin").read_bytes()
    plain = aes.decrypt(sealed[:12], sealed[12:], f"homecoming-members:{number}".encode())
    sys.stdout.write(plain.decode())
    return 0


if __name__ == "__main__":
    sys.exit(main())
