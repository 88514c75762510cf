#!/usr/bin/env node
// The bin. It stays tiny so start-up loads only what the chosen mode needs: the non-interactive
// path never imports Ink or React, and the emulator and presets commands load only themselves.
import {main} from './cli/main.js';

process.exitCode = await main(process.argv.slice(2));
