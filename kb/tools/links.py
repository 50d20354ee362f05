"""External links of the pages, checked only where the network is reachable (never failing offline).

python -m kb links        # prints each link's status; exit 1 on a broken one
"""

from __future__ import annotations

import re
import socket
import sys
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from kb import settings
from kb.paths import REPO

LINK = re.compile(r"\]\((https?://[^)\s]+)\)|<(https?://[^>\s]+)>")


def external_links() -> dict[str, list[str]]:
    """{url: [page:line, ...]} for every http(s) link on a page."""
    found: dict[str, list[str]] = {}
    for page in sorted(settings.load(REPO).docs.rglob("*.md")):
        for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
            for m in LINK.finditer(line):
                found.setdefault(m.group(1) or m.group(2), []).append(f"{page.relative_to(REPO)}:{number}")
    return found


def online(hosts: tuple[str, ...] = ("arxiv.org", "docs.python.org")) -> bool:
    """The open web, not just a package registry (some machines reach only those, through a proxy)."""
    try:
        for host in hosts:
            socket.create_connection((host, 443), timeout=3).close()
        return True
    except OSError:
        return False


def status(url: str) -> str | None:
    """None when the link works; otherwise what is wrong."""
    request = urllib.request.Request(url, method="GET", headers={"User-Agent": "dl-notes-linkcheck"})
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return None if response.status < 400 else f"HTTP {response.status}"
    except urllib.error.HTTPError as e:
        return None if e.code in (401, 403, 429) else f"HTTP {e.code}"  # exists, but refuses robots
    except (urllib.error.URLError, TimeoutError, OSError) as e:
        return str(getattr(e, "reason", e))


def main(argv: list[str] | None = None) -> int:
    links = external_links()
    if not online():
        print(f"offline: {len(links)} external links not checked")
        return 0
    with ThreadPoolExecutor(8) as pool:
        results = dict(zip(links, pool.map(status, links), strict=True))
    broken = {url: why for url, why in results.items() if why}
    for url, why in broken.items():
        print(f"{links[url][0]}: broken external link {url}: {why}")
    print(f"{len(links) - len(broken)} of {len(links)} external links work")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
