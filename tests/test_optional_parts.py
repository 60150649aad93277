"""The README's test command passes whatever optional software a machine has.

Each case runs a test module in a fresh pytest process on this machine with one optional part
taken away (a Python package hidden, Java pointed at nothing, local ports refused): the tests of
that part must be skipped with a reason, never fail or error. CI installs everything and turns
any skip into a failure (QUOTES_REQUIRE_ALL_TESTS=1); here that variable is removed, as on a
user's machine.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from tests.conftest import ROOT

HIDE_MODULES = "import sys\nfor name in {names!r}:\n    sys.modules[name] = None  # `import name` fails\n"
REFUSE_PORTS = """import socket
def _refused(self, address):
    raise PermissionError(13, "binding is not allowed here")
socket.socket.bind = _refused
"""

CASES = [
    # (what the machine lacks, test module and selection, Python run before pytest, environment)
    pytest.param("playwright (Chromium may be there)", ["tests/test_report.py", "-k", "browser"],
                 HIDE_MODULES.format(names=["playwright", "playwright.sync_api"]), {}, id="no-playwright"),
    pytest.param("Java (pyspark installed)", ["tests/test_spark.py", "tests/test_docs.py", "-k", "spark"], "",
                 {"JAVA_HOME": "/nonexistent/java"}, id="no-java"),
    pytest.param("pyspark", ["tests/test_spark.py", "tests/test_docs.py", "-k", "spark"],
                 HIDE_MODULES.format(names=["pyspark"]), {}, id="no-pyspark"),
    pytest.param("a local port to serve on", ["tests/test_datasette.py"], REFUSE_PORTS, {},
                 id="no-local-port"),
    pytest.param("datasette and sqlite-utils", ["tests/test_datasette.py", "tests/test_store.py", "-k",
                                                "datasette or sqlite_utils or full_text"],
                 HIDE_MODULES.format(names=["datasette", "sqlite_utils"]), {}, id="no-browse-extra"),
    pytest.param("stanza", ["tests/test_stanza_backend.py"], HIDE_MODULES.format(names=["stanza"]), {},
                 id="no-stanza"),
]


@pytest.mark.parametrize(("missing", "selection", "prelude", "environment"), CASES)
def test_tests_of_a_missing_part_are_skipped_not_failed(missing, selection, prelude, environment):
    env = {key: value for key, value in os.environ.items() if key != "QUOTES_REQUIRE_ALL_TESTS"}
    env.update(environment)
    code = prelude + "import pytest\nsys.exit(pytest.main(sys.argv[1:]))\n"
    if "import sys" not in prelude:
        code = "import sys\n" + code
    run = subprocess.run(
        [sys.executable, "-c", code, *selection, "-q", "-rs", "-p", "no:cacheprovider"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    summary = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else ""
    # 5: pytest's "no tests ran", when a whole module is skipped at import
    assert run.returncode in (0, 5), f"without {missing}: {summary}\n{run.stdout[-3000:]}\n{run.stderr[-2000:]}"
    assert re.search(r"\d+ skipped", summary), f"without {missing} nothing was skipped: {summary}"
    assert not re.search(r"failed|error", summary), summary
