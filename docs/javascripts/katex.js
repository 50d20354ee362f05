// Renders the math that pymdownx.arithmatex (generic mode) leaves in the page, after each
// navigation (instant loading). KaTeX itself is served from assets/katex/ (see tests/harness/site_hooks.py).
document$.subscribe(({ body }) => {
  renderMathInElement(body, {
    delimiters: [
      { left: "$$", right: "$$", display: true },
      { left: "$", right: "$", display: false },
      { left: "\\(", right: "\\)", display: false },
      { left: "\\[", right: "\\]", display: true },
    ],
    throwOnError: true,
  });
});
