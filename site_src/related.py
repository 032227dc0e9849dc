"""Related documents by what they say, without comparing every pair.

Each document is reduced to a signature: its most distinctive words (tf-idf). An inverted index
from word to documents gives each document its candidates, those sharing signature words;
only they are scored. Words in too many documents are left out of the index, so the work grows
with the number of documents, not its square, and 100,000 documents stay within reach. Shared
reports add to the score, since two pieces about the same report are related for a reader.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping

from .model import Document, Mention

SIGNATURE = 24
"""Distinctive words kept per document."""
RELATED = 5
"""At most this many related documents per page."""
_MIN_SCORE = 2.0
_WORD = re.compile(r"[a-z][a-z'-]{3,}")
_STOP = frozenset(
    (
        "that",
        "this",
        "with",
        "have",
        "from",
        "they",
        "were",
        "been",
        "their",
        "there",
        "which",
        "would",
        "about",
        "what",
        "when",
        "will",
        "your",
        "more",
        "also",
        "into",
        "them",
        "than",
        "then",
        "only",
        "some",
        "other",
        "such",
        "these",
        "those",
        "very",
        "just",
        "like",
        "because",
        "being",
        "over",
        "after",
        "before",
        "where",
        "while",
        "could",
        "should",
        "does",
        "dont",
        "cant",
        "wont",
        "said",
        "says",
        "just",
        "even",
        "still",
        "much",
        "many",
        "most",
        "every",
        "each",
        "here",
        "know",
        "think",
        "people",
        "thing",
        "things",
        "time",
        "year",
        "years",
        "make",
        "made",
        "back",
        "good",
        "well",
        "want",
        "need",
        "really",
        "doesn",
        "didn",
        "isn",
        "wasn",
        "aren",
    )
)


def document_terms(document: Document) -> dict[str, int]:
    """How often each word of the document's own text occurs: all "related" needs of it."""
    text = " ".join([b.text for b in document.body] + [p for c in document.comments for p in c.paragraphs])
    return dict(Counter(w for w in _WORD.findall(text.lower()) if w not in _STOP))


def related_documents(
    terms: Mapping[str, Mapping[str, int]], mentions: Mapping[str, tuple[Mention, ...]]
) -> dict[str, tuple[str, ...]]:
    """Up to ``RELATED`` related document ids per document (``terms`` by id), best first, ties by id."""
    count = len(terms)
    if count < 2:
        return {}
    df: Counter[str] = Counter()
    for counter in terms.values():
        df.update(counter.keys())
    idf = {t: math.log(count / n) for t, n in df.items()}
    signatures: dict[str, dict[str, float]] = {}
    for doc_id, counter in terms.items():
        total = sum(counter.values()) or 1
        weighted = {t: (n / total) * idf[t] for t, n in counter.items() if df[t] > 1}
        best = sorted(weighted.items(), key=lambda kv: (-kv[1], kv[0]))[:SIGNATURE]
        signatures[doc_id] = {t: idf[t] for t, _ in best}
    cap = max(50, int(math.sqrt(count) * 10))
    index: dict[str, list[str]] = defaultdict(list)
    for doc_id in sorted(signatures):
        for term in signatures[doc_id]:
            index[term].append(doc_id)
    reports = {doc_id: {m.report_id for m in ms} for doc_id, ms in mentions.items()}
    related: dict[str, tuple[str, ...]] = {}
    for doc_id, signature in signatures.items():
        scores: dict[str, float] = defaultdict(float)
        for term, weight in signature.items():
            postings = index[term]
            if len(postings) > cap:
                continue
            for other in postings:
                if other != doc_id:
                    scores[other] += weight
        for other in list(scores):
            scores[other] += 3.0 * len(reports.get(doc_id, set()) & reports.get(other, set()))
        ranked = sorted((o for o, s in scores.items() if s >= _MIN_SCORE), key=lambda o: (-scores[o], o))
        if ranked:
            related[doc_id] = tuple(ranked[:RELATED])
    return related
