"""What search engines and feed readers read: sitemap.xml, robots.txt and an Atom feed.

Written with ElementTree, so every value is escaped; entries are ordered, so identical content
gives identical files.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from .model import Site
from .views import document_url, report_url

ATOM = "http://www.w3.org/2005/Atom"
SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
FEED_ENTRIES = 100


def _xml(root: ET.Element) -> bytes:
    ET.indent(root)
    body: bytes = ET.tostring(root, encoding="utf-8")
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + body + b"\n"


def sitemap(site: Site, html_paths: list[str]) -> bytes:
    """Every page's canonical URL (``dir/index.html`` as ``dir/``), 404 left out."""
    ET.register_namespace("", SITEMAP)
    root = ET.Element(f"{{{SITEMAP}}}urlset")
    for path in sorted(html_paths):
        if path == "404.html":
            continue
        url = ET.SubElement(root, f"{{{SITEMAP}}}url")
        ET.SubElement(url, f"{{{SITEMAP}}}loc").text = site.config.base_url + path.removesuffix("index.html")
    return _xml(root)


def robots(site: Site) -> bytes:
    """Crawlers welcome; the sitemap named."""
    return f"User-agent: *\nAllow: /\nSitemap: {site.config.base_url}sitemap.xml\n".encode()


def atom(site: Site) -> bytes:
    """The newest dated documents, newest first (Atom entries need a date; undated ones are left out)."""
    ET.register_namespace("", ATOM)
    dated = sorted((d for d in site.documents if d.date), key=lambda d: (d.date or "", d.id), reverse=True)
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}title").text = site.config.title
    ET.SubElement(feed, f"{{{ATOM}}}subtitle").text = site.config.description
    ET.SubElement(feed, f"{{{ATOM}}}id").text = site.config.base_url
    ET.SubElement(feed, f"{{{ATOM}}}link", href=site.config.base_url)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=site.config.base_url + "feed.xml")
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = f"{dated[0].date}T00:00:00Z" if dated else "1970-01-01T00:00:00Z"
    ET.SubElement(ET.SubElement(feed, f"{{{ATOM}}}author"), f"{{{ATOM}}}name").text = site.config.title
    for document in dated[:FEED_ENTRIES]:
        url = site.config.base_url + document_url(document.id)
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}title").text = document.display_title
        ET.SubElement(entry, f"{{{ATOM}}}id").text = url
        ET.SubElement(entry, f"{{{ATOM}}}link", href=url)
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = f"{document.date}T00:00:00Z"
        ET.SubElement(ET.SubElement(entry, f"{{{ATOM}}}author"), f"{{{ATOM}}}name").text = (
            document.author or document.site or "Unknown"
        )
        first = next((b.text for b in site.full[document.id].body if b.kind == "p"), "")
        ET.SubElement(entry, f"{{{ATOM}}}summary").text = first[:400]
        for mention in site.links.reports_of(document.id):
            ET.SubElement(
                entry,
                f"{{{ATOM}}}category",
                term=mention.report_id,
                scheme=site.config.base_url + report_url(mention.report_id),
            )
    return _xml(feed)
