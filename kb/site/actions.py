"""Beside each page's edit action, a 报告错误 link that opens the 勘误 issue form
(.github/ISSUE_TEMPLATE/erratum.yml) with the page already filled in; the same link, in words, at the end
of every page (readable on a phone)."""

from __future__ import annotations

import functools
import html
from pathlib import Path
from urllib.parse import urlencode

EDIT_BUTTON = '<a href="{edit}" title="编辑此页" class="md-content__button md-icon" rel="edit">'


@functools.cache
def _icon() -> str:
    import material

    svg = Path(material.__file__).parent / "templates" / ".icons" / "material" / "alert-circle-outline.svg"
    return svg.read_text(encoding="utf-8").strip()


def report_url(repo_url: str, page_url: str, title: str) -> str:
    query = urlencode({"template": "erratum.yml", "title": f"[勘误] {title}", "page": page_url})
    return f"{repo_url.rstrip('/')}/issues/new?{query}"


def add_report_link(output: str, edit_url: str | None, repo_url: str, page_url: str, title: str) -> str:
    """The page's HTML with the 报告错误 icon before its edit action and a line at the end of its article."""
    url = html.escape(report_url(repo_url, page_url, title))
    link = f'<a href="{url}" title="报告错误" aria-label="报告错误" class="md-content__button md-icon kb-report" rel="nofollow">{_icon()}</a>'
    edit = EDIT_BUTTON.format(edit=html.escape(edit_url)) if edit_url else None
    if edit and edit in output:
        output = output.replace(edit, link + "\n" + edit, 1)
    line = f'<p class="kb-report-line">发现错误或讲得不清楚？<a href="{url}" rel="nofollow">报告错误</a>'
    if edit_url:
        line += f' · <a href="{html.escape(edit_url)}">在 GitHub 上修改本页</a>'
    return output.replace("</article>", line + "</p>\n</article>", 1)
