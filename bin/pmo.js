#!/usr/bin/env node
// The pmo command (`npx pmo`, or `pmo` once installed): runs the TypeScript CLI through tsx, so the same code serves
// the local harness and the CLI. It calls runPmo itself rather than leaving main.ts to guess from process.argv
// whether it is the entry point: npm's bin link is named `pmo`, so such a guess fails under npx.
'use strict';
require('tsx/cjs');
const { runPmo } = require('../local/cli/main.ts');

runPmo(
  process.argv.slice(2),
  process.env,
  (line) => {
    console.log(line);
  },
  (line) => {
    console.error(line);
  },
).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
