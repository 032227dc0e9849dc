"""Whole builds at scale, side by side with Hugo: ``make bench`` (1,000 and 10,000 documents;
``BENCH_100K=1`` adds 100,000).

For each size it writes a generated archive, then measures in separate processes under
``/usr/bin/time -v`` (wall time and the operating system's peak memory):

- our full build, with the time of each stage;
- our build with a cache folder (what ``make site`` does), then again after one document is
  edited: the second build renders and indexes again only what the edit touches;
- where ``hugo`` is installed (Debian's package), Hugo rendering the same documents as Markdown
  with a minimal theme, and Pagefind indexing Hugo's output, for the ratios the issue asks for.

Results go to ``tests/bench/results/build.json``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pagefind_bin

from .corpus import write_content

ROOT = Path(__file__).resolve().parents[2]
RESULTS = Path(__file__).resolve().parent / "results" / "build.json"
_BUILD = """
import json, sys
from pathlib import Path
from site_src.parallel import default_jobs
from site_src.pipeline import BuildOptions, build_site
cache = Path(sys.argv[3]) if len(sys.argv) > 3 else None
result = build_site(BuildOptions(content=Path(sys.argv[1]), output=Path(sys.argv[2]), jobs=default_jobs(), cache=cache))
print(json.dumps(dict(result.timings)))
"""
_HUGO_LAYOUT = {
    "layouts/_default/baseof.html": "<!DOCTYPE html><html lang=en><head><title>{{ .Title }}</title></head>"
    '<body><main data-pagefind-body>{{ block "main" . }}{{ end }}</main></body></html>',
    "layouts/_default/single.html": '{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}',
    "layouts/_default/list.html": '{{ define "main" }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">'
    "{{ .Title }}</a></li>{{ end }}</ul>{{ end }}",
}


def _used_kilobytes() -> int:
    """Memory in use on the whole machine, in kB, as the kernel reckons what it could not free.

    Reading it costs nothing, unlike summing each process's proportional set size (walking
    the page tables of a build several gigabytes large took a third of a core). The benchmark
    runs on an otherwise idle machine, so what a command adds to it is what the command needs,
    forked workers, Pagefind and all: ``time -v`` reports only the largest single process.
    """
    info = dict(line.split(":", 1) for line in Path("/proc/meminfo").read_text().splitlines())
    return int(info["MemTotal"].split()[0]) - int(info["MemAvailable"].split()[0])


def timed(command: list[str], cwd: Path | None = None) -> tuple[float, int, int, str]:
    """Wall seconds, peak resident megabytes of its largest process, the peak megabytes it added to
    the machine's use (sampled twice a second), and stdout of a command."""
    before = tree = _used_kilobytes()
    with subprocess.Popen(
        ["/usr/bin/time", "-v", *command], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as process:
        while True:
            try:
                stdout, stderr = process.communicate(timeout=0.5)
                break
            except subprocess.TimeoutExpired:
                tree = max(tree, _used_kilobytes())
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, command, stdout, stderr)
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", stderr)
    assert wall, stderr
    hours, minutes, seconds = int(wall.group(1) or 0), int(wall.group(2)), float(wall.group(3))
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", stderr).group(1))
    return hours * 3600 + minutes * 60 + seconds, peak // 1024, (tree - before) // 1024, stdout


def hugo_site(documents: Path, folder: Path) -> Path:
    """The same documents as a Hugo site: title from the first line, the text as Markdown."""
    (folder / "content" / "posts").mkdir(parents=True)
    (folder / "hugo.toml").write_text('baseURL = "https://example.org/"\ntitle = "bench"\n', encoding="utf-8")
    for path, text in _HUGO_LAYOUT.items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_text(text, encoding="utf-8")
    for source in sorted(documents.iterdir()):
        lines = source.read_text(encoding="utf-8").strip().split("\n")
        title = json.dumps(lines[0].strip() or source.stem)
        body = "\n".join(lines[1:])
        (folder / "content" / "posts" / f"{source.stem}.md").write_text(
            f"---\ntitle: {title}\n---\n{body}\n", encoding="utf-8"
        )
    return folder


def _stages(stdout: str) -> dict[str, float]:
    return {k: round(v, 1) for k, v in json.loads(stdout.strip().splitlines()[-1]).items()}


def _apart_from_index(seconds: float, stages: dict[str, float]) -> dict[str, float]:
    """A build's time apart from its search index, which runs on a thread beside the rest.

    ``seconds_without_index`` leaves out only the time the build did nothing but wait for the
    index: what it would take if indexing were free (compared with Hugo's render).
    ``seconds_beyond_index`` leaves out all the time the index took: what the build adds to
    indexing (the edit's target is under 3 s plus the re-indexing of one shard), and
    ``seconds_beyond_pagefind`` only the time Pagefind itself ran.
    """
    return {
        "seconds_without_index": round(seconds - stages.get("index wait", stages.get("index", 0.0)), 1),
        "seconds_beyond_index": round(seconds - stages.get("index", 0.0), 1),
        "seconds_beyond_pagefind": round(seconds - stages.get("pagefind", stages.get("index", 0.0)), 1),
    }


def second_build(content: Path, output: Path, cache: Path) -> dict[str, object]:
    """A build with a cache, then one after a paragraph is added to the middle document."""
    command = [sys.executable, "-c", _BUILD, str(content), str(output), str(cache)]
    cold_seconds, cold_peak, _, cold_out = timed(command, cwd=ROOT)
    documents = sorted((content / "documents").iterdir())
    edited = documents[len(documents) // 2]
    with edited.open("a", encoding="utf-8") as file:
        file.write("\nA paragraph added by the benchmark, to measure a build after one edit.\n")
    seconds, peak, _, stdout = timed(command, cwd=ROOT)
    stages = _stages(stdout)
    return {
        "cold_seconds": round(cold_seconds, 1),
        "cold_peak_megabytes": cold_peak,
        "cold_stages": _stages(cold_out),
        "seconds": round(seconds, 1),
        "peak_megabytes": peak,
        "stages": stages,
        **_apart_from_index(seconds, stages),
    }


COMPARED_UP_TO = 10_000
"""Larger archives get our cold build only: Hugo, Pagefind alone and the edit runs would each
take as long again (and a single Pagefind run over 100,000 pages does not fit in memory)."""


def measure(count: int, work: Path) -> dict[str, object]:
    content = write_content(count, work / f"content-{count}")
    output = work / f"public-{count}"
    env_python = [sys.executable, "-c", _BUILD, str(content), str(output)]
    seconds, peak, tree, stdout = timed(env_python, cwd=ROOT)
    stages = _stages(stdout)
    result: dict[str, object] = {
        "documents": count,
        "ours": {
            "seconds": round(seconds, 1),
            "peak_megabytes": peak,
            "peak_megabytes_machine": tree,
            "documents_per_second": round(count / seconds),
            "jobs": os.cpu_count(),
            "stages": stages,
            **_apart_from_index(seconds, stages),
        },
    }
    if count > COMPARED_UP_TO:
        return result
    if shutil.which("hugo"):
        site = hugo_site(content / "documents", work / f"hugo-{count}")
        hugo_seconds, hugo_peak, _, _ = timed(["hugo", "--quiet", "-d", "out"], cwd=site)
        index_seconds, index_peak, _, _ = timed(
            [str(pagefind_bin.get_executable()), "--site", "out", "--silent"], cwd=site
        )
        ours = result["ours"]
        assert isinstance(ours, dict)
        result["hugo"] = {
            "render_seconds": round(hugo_seconds, 1),
            "render_peak_megabytes": hugo_peak,
            "pagefind_seconds": round(index_seconds, 1),
            "pagefind_peak_megabytes": index_peak,
            "ratio_render": round(ours["seconds_without_index"] / hugo_seconds, 2),
            "ratio_with_index": round(seconds / (hugo_seconds + index_seconds), 2),
        }
    # Last, as it edits the content.
    result["edit"] = second_build(content, work / f"public-cached-{count}", work / f"cache-{count}")
    return result


def main(sizes: list[int]) -> None:
    with tempfile.TemporaryDirectory() as work:
        results = []
        for count in sizes:
            results.append(measure(count, Path(work)))
            print(json.dumps(results[-1]), flush=True)
            for folder in Path(work).glob(f"*-{count}"):  # 100,000 documents need the disk
                shutil.rmtree(folder)
    earlier = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else []
    merged = {r["documents"]: r for r in [*earlier, *results]}  # a run of some sizes keeps the others'
    RESULTS.write_text(json.dumps([merged[k] for k in sorted(merged)], indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sizes = [int(a) for a in sys.argv[1:]] or [1000, 10_000]
    if os.environ.get("BENCH_100K"):
        sizes.append(100_000)
    main(sizes)
