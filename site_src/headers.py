"""The HTTP headers the archive is served with, defined once.

``_headers`` in the output (read by Netlify, Cloudflare Pages and others) is rendered from
these rules, and ``netlify.toml`` repeats them (a test keeps the two equal). The policy allows
only the site itself, plus what Pagefind's search needs: WebAssembly and a blob: worker.
"""

from __future__ import annotations

CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'wasm-unsafe-eval'",
        "worker-src 'self' blob:",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
SECURITY = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
LONG_CACHE = "public, max-age=31536000, immutable"
# No Cache-Control on "/*": hosts merge every matching rule, so it would be joined onto the
# long value below. HTML keeps the host's default, which revalidates (Netlify: max-age=0).


def rules(base_path: str = "/") -> list[tuple[str, dict[str, str]]]:
    """(path pattern, headers) pairs, most general first, as hosts apply them in order."""
    return [
        (f"{base_path}*", dict(SECURITY)),
        # Names carry a content hash: the file at a name never changes.
        (f"{base_path}assets/*", {"Cache-Control": LONG_CACHE}),
        (f"{base_path}pagefind/fragment/*", {"Cache-Control": LONG_CACHE}),
        (f"{base_path}pagefind/index/*", {"Cache-Control": LONG_CACHE}),
        (f"{base_path}pagefind/filter/*", {"Cache-Control": LONG_CACHE}),
    ]


def headers_file(base_path: str = "/") -> bytes:
    """The ``_headers`` file."""
    lines = []
    for pattern, values in rules(base_path):
        lines.append(pattern)
        lines.extend(f"  {name}: {value}" for name, value in values.items())
    return ("\n".join(lines) + "\n").encode("utf-8")
