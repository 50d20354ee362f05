// Renders TeX to HTML at build time with the KaTeX from node_modules (kb/site/math.py keeps one of these
// running for a whole build). Each stdin line: JSON [[tex, displayMode], ...]; each stdout line: JSON
// {"html": [...]} or {"error": "..."}. A TeX error fails the build.
const katex = require("katex");
const readline = require("readline");

const lines = readline.createInterface({ input: process.stdin });
lines.on("line", (line) => {
  const out = [];
  for (const [tex, display] of JSON.parse(line)) {
    try {
      out.push(katex.renderToString(tex, { displayMode: display, throwOnError: true, strict: "error" }));
    } catch (e) {
      process.stdout.write(JSON.stringify({ error: `KaTeX cannot render ${JSON.stringify(tex)}: ${e.message}` }) + "\n");
      return;
    }
  }
  process.stdout.write(JSON.stringify({ html: out }) + "\n");
});
