// Renders TeX to HTML at build time with the KaTeX from node_modules (called by site_hooks.py).
// stdin: JSON [[tex, displayMode], ...]; stdout: JSON [html, ...]. A TeX error fails the build.
const katex = require("katex");

let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const out = [];
  for (const [tex, display] of JSON.parse(input)) {
    try {
      out.push(katex.renderToString(tex, { displayMode: display, throwOnError: true, strict: "error" }));
    } catch (e) {
      process.stderr.write(`KaTeX cannot render ${JSON.stringify(tex)}: ${e.message}\n`);
      process.exit(1);
    }
  }
  process.stdout.write(JSON.stringify(out));
});
