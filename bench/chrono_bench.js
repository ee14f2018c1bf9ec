// SPDX-License-Identifier: MIT
// chrono_bench.js - date extraction with chrono-node over the corpus, warmed up, timed per pass.
'use strict';
const fs = require('fs');
const path = require('path');

const [dir, repsArg, modArg] = process.argv.slice(2);
const modDir = path.resolve(modArg);
const chrono = require(path.join(modDir, 'chrono-node'));
const reps = parseInt(repsArg || '3', 10);
const names = fs.readdirSync(dir).filter((n) => !n.startsWith('.')).sort();
const texts = names.map((n) => fs.readFileSync(path.join(dir, n), 'utf8'));
const bytes = names.reduce(
  (s, n) => s + fs.statSync(path.join(dir, n)).size, 0);
const ref = new Date(Date.UTC(2023, 2, 21, 12));

function pass() {
  let found = 0;
  for (const t of texts) found += chrono.parse(t, ref).length;
  return found;
}

pass(); // warm-up over the whole corpus: JIT and chrono's caches
const secs = [];
const cpu = [];
let found = 0;
for (let i = 0; i < reps; i++) {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  found = pass();
  secs.push(Number(process.hrtime.bigint() - t0) / 1e9);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1e6);
}
const pkg = path.join(modDir, 'chrono-node', 'package.json');
const version = require(pkg).version;
process.stdout.write(JSON.stringify({
  tool: 'chrono-node', version, articles: texts.length, bytes, found,
  seconds: secs, cpu_seconds: cpu,
}) + '\n');
