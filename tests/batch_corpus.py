"""Small corpora for the batch tests: every kind of input the reader opens."""

from __future__ import annotations

import shutil
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<title>Ferry timetable changes | Coastline Courier</title>
<meta property="og:title" content="Ferry timetable changes for the winter">
<meta property="og:site_name" content="Coastline Courier">
<meta property="article:published_time" content="2026-01-09T08:00:00Z">
</head><body>
<nav><a href="/">Home</a></nav>
<article>
<h1>Ferry timetable changes for the winter</h1>
<p>The island ferry will sail twice a day from February, the operator said on Thursday.</p>
<p>“We cannot fill a boat every two hours in January,” said Ines Marlow, who runs the line.</p>
<p>Residents said the change would leave commuters stranded in the evening.</p>
</article>
<footer>© Coastline Courier</footer>
</body></html>
"""

MARKDOWN = """# Library hours cut

The town library will close on Mondays from March, the council said.

“Nobody wanted this outcome,” said Priya Ossett, the council's head of culture.
"""

NO_CLAIMS = "Tide tables\n\nHigh water is at 06:12 and 18:40 on Saturday.\n"


def sample_paths() -> list[Path]:
    return sorted((SAMPLES / "dev").glob("*.txt")) + sorted((SAMPLES / "test").glob("*.txt"))


def mixed_corpus(folder: Path) -> list[Path]:
    """Text samples, a saved page, a Markdown file and a claimless note, in nested folders."""
    (folder / "wire").mkdir(parents=True)
    (folder / "web").mkdir()
    paths = []
    for sample in sample_paths()[:6]:
        target = folder / "wire" / sample.name
        shutil.copyfile(sample, target)
        paths.append(target)
    (folder / "web" / "ferry.html").write_text(PAGE, encoding="utf-8")
    (folder / "web" / "library.md").write_text(MARKDOWN, encoding="utf-8")
    (folder / "web" / "tides.txt").write_text(NO_CLAIMS, encoding="utf-8")
    return paths


def copies(folder: Path, count: int) -> list[Path]:
    """`count` articles cycling through the samples, as a flat folder."""
    folder.mkdir(parents=True, exist_ok=True)
    samples = sample_paths()
    paths = []
    for index in range(count):
        sample = samples[index % len(samples)]
        target = folder / f"{index:05d}_{sample.name}"
        shutil.copyfile(sample, target)
        paths.append(target)
    return paths
