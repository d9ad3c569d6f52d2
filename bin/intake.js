#!/usr/bin/env node
// The package's command. It runs the compiled CLI (npm install builds it through `prepare`).
import '../dist/cli.js';
