# SPDX-License-Identifier: MIT
"""run.py - run the integration tests (tests/integration/test_*.py) and print 'N passed, N failed'."""
import os
import sys
import time
import unittest


class Result(unittest.TextTestResult):
    def startTest(self, test):
        self._t0 = time.monotonic()
        super().startTest(test)

    def stopTest(self, test):
        super().stopTest(test)
        self.stream.write("  (%.1fs)\n" % (time.monotonic() - self._t0))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    pattern = sys.argv[1] if len(sys.argv) > 1 else "test_*.py"
    suite = unittest.defaultTestLoader.discover(here, pattern=pattern, top_level_dir=here)
    runner = unittest.TextTestRunner(verbosity=2, resultclass=Result, stream=sys.stdout)
    r = runner.run(suite)
    failed = len(r.failures) + len(r.errors) + len(r.unexpectedSuccesses)
    passed = r.testsRun - failed - len(r.skipped)
    print("integration: %d passed, %d failed, %d skipped" % (passed, failed, len(r.skipped)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
