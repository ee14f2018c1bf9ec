# SPDX-License-Identifier: MIT
"""test_seeds.py - the sample articles in ../shared/seeds (when present) get the reference dates gold.jsonl names."""
import json
import os
import shutil
import subprocess
import tempfile
import unittest

from fw import FACTWATCHD, SEEDS, validate


@unittest.skipUnless(os.path.isdir(SEEDS), "../shared/seeds not present")
class Seeds(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="fwseeds-")
        subprocess.run(["sh", os.path.join(SEEDS, "prepare.sh"), cls.tmp], check=True)
        out = subprocess.run([FACTWATCHD, "--once", cls.tmp], capture_output=True, check=True)
        cls.summaries = {}
        for line in out.stdout.decode("utf-8").splitlines():
            m = json.loads(line)
            cls.summaries[m["source"]["path"]] = m
        with open(os.path.join(SEEDS, "gold.jsonl"), encoding="utf-8") as f:
            cls.gold = [json.loads(l) for l in f if l.strip()]

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_every_summary_validates(self):
        self.assertEqual(len(self.summaries), len(self.gold))
        for m in self.summaries.values():
            validate(m)

    def test_document_date_is_the_reference_date(self):
        for g in self.gold:
            m = self.summaries[g["file"]]
            self.assertEqual(m["document"]["date"], g["dct"], g["file"])
            self.assertEqual(m["document"]["date_source"], g["dct_source"], g["file"])
