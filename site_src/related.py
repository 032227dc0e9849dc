"""Related documents by what they say, without comparing every pair.

Each document is reduced to a signature: its most distinctive words (tf-idf). An inverted index
from word to documents gives each document its candidates, those sharing signature words;
only they are scored. Words in too many documents are left out of the index, so the work grows
with the number of documents, not its square, and 100,000 documents stay within reach. Shared
reports add to the score, since two pieces about the same report are related for a reader.
"""

from __future__ import annotations

import bisect
import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping

from .model import Document, Mention
from .parallel import run, share, shared

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
    terms: Mapping[str, Mapping[str, int]], mentions: Mapping[str, tuple[Mention, ...]], jobs: int = 1
) -> dict[str, tuple[str, ...]]:
    """Up to ``RELATED`` related document ids per document (``terms`` by id), best first, ties by id."""
    return Related()(terms, mentions, jobs)


def _ranked_in_worker(doc_id: str) -> tuple[str, ...]:
    related: Related = shared("related")
    return related.ranked(doc_id)


class Related:
    """``related_documents`` for an archive computed again and again (the preview).

    Every document's signature depends on every other's words (through idf), so the full
    computation looks at all of them. After an edit, most of it still holds: only documents
    whose words include one whose document frequency changed can get a new signature, and only
    documents sharing a signature word with a changed signature (or with a document whose
    reports changed) can get new scores. Those are computed again, in the same order as the
    full computation, so the result is the same to the last bit. A change in the number of
    documents changes every idf, and computes everything.
    """

    def __init__(self, floor: int = 50, spread: float = 10.0) -> None:
        self._floor, self._spread = floor, spread
        """A word in more than ``max(floor, spread * sqrt(documents))`` documents does not count."""
        self._terms: Mapping[str, Mapping[str, int]] = {}
        self._reports: dict[str, frozenset[str]] = {}
        self._df: Counter[str] = Counter()
        self._idf: dict[str, float] = {}
        self._signatures: dict[str, dict[str, float]] = {}
        self._index: dict[str, list[str]] = defaultdict(list)
        self._cap = 0
        self._related: dict[str, tuple[str, ...]] = {}
        self._keys: Mapping[str, str] = {}
        """Document id -> the key its terms were found under (``link``), when the caller gave keys."""
        self.generation = 0
        """Counts the calls that changed anything: what is already on disk need not be written again."""

    def terms_of(self, document_id: str, key: str) -> Mapping[str, int] | None:
        """The terms held for a document, if they were found under ``key``."""
        return self._terms.get(document_id) if self._keys.get(document_id) == key else None

    def __call__(
        self,
        terms: Mapping[str, Mapping[str, int]],
        mentions: Mapping[str, tuple[Mention, ...]],
        jobs: int = 1,
        keys: Mapping[str, str] | None = None,
    ) -> dict[str, tuple[str, ...]]:
        """Related documents of every document; a full computation ranks over ``jobs`` processes.

        ``keys``: what each document's terms were found under, so ``terms_of`` can hand them back.
        """
        if (keys or {}) != self._keys:
            self._keys = keys or {}
            self.generation += 1  # what is on disk no longer says which terms still hold
        reports = {doc_id: frozenset(m.report_id for m in mentions.get(doc_id, ())) for doc_id in terms}
        if len(terms) < 2:
            self._terms = {}  # nothing to keep: the next call computes everything
            self.generation += 1
            return {}
        if terms.keys() != self._terms.keys():
            self._full(terms, reports, jobs)
        else:
            self._update(terms, reports)
        return dict(self._related)

    def _full(self, terms: Mapping[str, Mapping[str, int]], reports: dict[str, frozenset[str]], jobs: int) -> None:
        self.generation += 1
        count = len(terms)
        self._terms, self._reports = terms, reports
        self._df = Counter()
        for counter in terms.values():
            self._df.update(counter.keys())
        self._idf = {t: math.log(count / n) for t, n in self._df.items()}
        self._signatures = {doc_id: self._signature(counter) for doc_id, counter in terms.items()}
        self._cap = max(self._floor, int(math.sqrt(count) * self._spread))
        self._index = defaultdict(list)
        for doc_id in sorted(self._signatures):
            for term in self._signatures[doc_id]:
                self._index[term].append(doc_id)
        self._related = {}
        ids = list(terms)
        share(related=self)
        for doc_id, ranked in zip(ids, run(_ranked_in_worker, ids, jobs, chunk=256), strict=True):
            if ranked:
                self._related[doc_id] = ranked

    def _update(self, terms: Mapping[str, Mapping[str, int]], reports: dict[str, frozenset[str]]) -> None:
        old_terms = self._terms
        changed = [d for d, counter in terms.items() if counter is not old_terms[d] and counter != old_terms[d]]
        moved = [d for d in terms if reports[d] != self._reports[d]]
        if changed or moved:
            self.generation += 1
        before = {t: self._df[t] for d in changed for t in old_terms[d].keys() ^ terms[d].keys()}
        for doc_id in changed:
            self._df.subtract(old_terms[doc_id].keys())
            self._df.update(terms[doc_id].keys())
        shifted = {t for t, n in before.items() if self._df[t] != n}
        count = len(terms)
        for term in shifted:
            if self._df[term] > 0:
                self._idf[term] = math.log(count / self._df[term])
            else:
                del self._df[term], self._idf[term]
        self._terms, self._reports = terms, reports
        # Whose signature may change: the edited, and every document using a word whose idf moved.
        resign = set(changed) | {d for d, counter in terms.items() if any(t in counter for t in shifted)}
        touched: set[str] = set()
        for doc_id in sorted(resign):
            old, new = self._signatures[doc_id], self._signature(terms[doc_id])
            if new == old and list(new) == list(old):
                continue
            self._signatures[doc_id] = new
            touched.add(doc_id)
            for term in old.keys() - new.keys():
                touched.update(self._refile(term, doc_id, add=False))
            for term in new.keys() - old.keys():
                touched.update(self._refile(term, doc_id, add=True))
        for doc_id in moved:
            touched.add(doc_id)
            for term in self._signatures[doc_id]:
                if len(self._index[term]) <= self._cap:
                    touched.update(self._index[term])
        for doc_id in sorted(touched):
            self._rank(doc_id)

    def _refile(self, term: str, doc_id: str, add: bool) -> list[str]:
        """Add or remove one posting; the documents whose scores that can change."""
        postings = self._index[term]
        was = len(postings)
        if add:
            bisect.insort(postings, doc_id)
        else:
            postings.remove(doc_id)
        # Scores use a word only while its postings are within the cap.
        return postings if min(was, len(postings)) <= self._cap else []

    def _signature(self, counter: Mapping[str, int]) -> dict[str, float]:
        df, idf = self._df, self._idf
        total = sum(counter.values()) or 1
        weighted = {t: (n / total) * idf[t] for t, n in counter.items() if df[t] > 1}
        best = sorted(weighted.items(), key=lambda kv: (-kv[1], kv[0]))[:SIGNATURE]
        return {t: idf[t] for t, _ in best}

    def _rank(self, doc_id: str) -> None:
        ranked = self.ranked(doc_id)
        if ranked:
            self._related[doc_id] = ranked
        else:
            self._related.pop(doc_id, None)

    def ranked(self, doc_id: str) -> tuple[str, ...]:
        """The related documents of one document, from the signatures and index as they stand."""
        scores: dict[str, float] = defaultdict(float)
        for term, weight in self._signatures[doc_id].items():
            postings = self._index[term]
            if len(postings) > self._cap:
                continue
            for other in postings:
                if other != doc_id:
                    scores[other] += weight
        mine = self._reports.get(doc_id, frozenset())
        for other in list(scores):
            scores[other] += 3.0 * len(mine & self._reports.get(other, frozenset()))
        kept = (o for o, s in scores.items() if s >= _MIN_SCORE)
        return tuple(heapq.nsmallest(RELATED, kept, key=lambda o: (-scores[o], o)))
