#!/usr/bin/env node
// The pmo command: runs the TypeScript CLI through tsx, so the same code serves the local harness and the CLI.
require('tsx/cjs');
require('../local/cli/main.ts');
