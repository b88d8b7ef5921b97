"""The shipped type stubs match the native module, and the package type-checks."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import ROOT


def test_stubtest_native_module():
    pytest.importorskip("mypy")
    proc = subprocess.run([sys.executable, "-m", "mypy.stubtest", "klaim._core"], capture_output=True,
                          text=True, cwd=ROOT / "tests", check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_py_typed_ships():
    from pathlib import Path

    import klaim
    assert (Path(klaim.__file__).parent / "py.typed").exists()
    assert (Path(klaim.__file__).parent / "_core.pyi").exists()
