#!/usr/bin/env node
// Committed so that installing the workspace can link the bin before any build; the CLI itself is built.
import '../dist/cli.js';
