"""The Rust core's own unit tests (table-driven parser tests live beside the code)."""

from __future__ import annotations

import shutil
import subprocess

from conftest import ROOT


def test_cargo_test_passes():
    cargo = shutil.which("cargo")
    assert cargo, "cargo is needed to build klaim from source, and runs the Rust tests"
    # Its own target dir: maturin's PYO3 environment would otherwise force rebuilds. With
    # the allocator the Python build uses, so its own tests run too.
    proc = subprocess.run([cargo, "test", "--lib", "--features", "mimalloc", "--target-dir", "target/cargo", "--quiet"],
                          cwd=ROOT, capture_output=True, text=True, timeout=1800, check=False)
    tail = (proc.stdout + proc.stderr)[-4000:]
    assert proc.returncode == 0, tail
    assert "test result: ok" in proc.stdout, tail
