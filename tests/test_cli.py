"""The command line contract: exit codes, located messages, summary, check writes nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .conftest import ROOT


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "build.py"), *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def test_build_exits_0_and_prints_a_one_line_summary(make_content, tmp_path: Path) -> None:
    content = make_content({"documents/a.txt": "A\n\nBody.\n"})
    done = run("build", "--content", str(content), "--output", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1
    assert "1 documents" in lines[0] and "pages" in lines[0] and "0 warnings" in lines[0]
    assert lines[0].endswith(" s")
    assert (tmp_path / "out" / "index.html").is_file()


def test_build_is_the_default_command(make_content, tmp_path: Path) -> None:
    content = make_content({"documents/a.txt": "A\n\nBody.\n"})
    done = run("--content", str(content), "--output", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "archive.json").is_file()


def test_content_error_exits_1_with_path_and_line(make_content, tmp_path: Path) -> None:
    content = make_content({"reports/jay-2014.md": "---\ntitle: Jay\npublished: 2014-02-31\n---\nText\n"})
    done = run("build", "--content", str(content), "--output", str(tmp_path / "out"))
    assert done.returncode == 1
    assert f"{content}/reports/jay-2014.md:3: published: '2014-02-31' is not a date that exists" in done.stderr
    assert not (tmp_path / "out").exists()


def test_usage_errors_exit_2(make_content, tmp_path: Path) -> None:
    assert run("frobnicate").returncode == 2
    assert run("build", "--no-such-option").returncode == 2
    assert run("build", "--content", str(tmp_path / "missing")).returncode == 2
    content = make_content({})
    assert run("build", "--content", str(content), "--base-url", "example.org").returncode == 2


def test_help_lists_the_commands() -> None:
    done = run("--help")
    assert done.returncode == 0
    assert "build" in done.stdout and "check" in done.stdout
    build_help = run("build", "--help").stdout
    for option in ("--content", "--output", "--base-url", "--strict", "--jobs"):
        assert option in build_help


def test_check_validates_and_writes_nothing(make_content, tmp_path: Path) -> None:
    content = make_content({"documents/a.txt": "A\n\nBody.\n"})
    done = run("check", "--content", str(content), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Checked 1 documents")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["content"]


def test_warnings_fail_only_under_strict(make_content, tmp_path: Path) -> None:
    content = make_content({"documents/a.txt": "A\n\nBody.\n", "documents/empty.txt": ""})
    relaxed = run("check", "--content", str(content))
    assert relaxed.returncode == 0
    assert "empty.txt:1: skipped: empty file" in relaxed.stderr
    strict = run("check", "--content", str(content), "--strict")
    assert strict.returncode == 1
    assert "empty.txt:1:" in strict.stderr


def test_template_error_names_the_template_and_line(make_content, tmp_path: Path) -> None:
    import shutil

    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    page = templates / "page.html"
    page.write_text(
        page.read_text(encoding="utf-8").replace("{{ page.title }}</h1>", "{{ page.title </h1>"),
        encoding="utf-8",
    )
    content = make_content({"pages/about.md": "---\ntitle: About\n---\nHi\n"})
    from site_src.diagnostics import ContentError
    from site_src.pipeline import BuildOptions, build_site

    try:
        build_site(BuildOptions(content=content, output=tmp_path / "out", templates=templates))
    except ContentError as exc:
        (problem,) = exc.diagnostics
        assert problem.path == "templates/page.html"
        assert problem.line == 5
    else:
        raise AssertionError("a broken template must fail the build")
