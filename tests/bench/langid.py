"""Language identification: reader.core.langid (pure Python) next to py3langid (numpy).

Run on demand, on an idle machine (needs the dev extra for the py3langid column):

    nice .venv/bin/python tests/bench/langid.py [--rounds 5]

Times one call on 800-character samples of the test pages (what extract.meta classifies),
both as raw scores and as probabilities, and the one-off model load. Target: within ~2x
of py3langid and well under 10 ms per call.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import lxml.html

from reader.core import langid

log = logging.getLogger(__name__)
PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"


def samples() -> list[str]:
    """Up to three 800-character slices of each test page's text."""
    out = []
    for page in sorted(PAGES.glob("*.html")):
        root = lxml.html.fromstring(page.read_bytes())
        for bad in root.iter("script", "style"):
            bad.drop_tree()
        text = " ".join(root.text_content().split())
        out += [text[i : i + 800] for i in range(0, len(text) - 799, 800)][:3]
    return out


def per_call_ms(fn: Callable[[str], object], texts: list[str], rounds: int) -> float:
    """Median over rounds of the mean milliseconds per call."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for text in texts:
            fn(text)
        times.append((time.perf_counter() - start) / len(texts) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    texts = samples()
    start = time.perf_counter()
    langid.classify("warm up")
    load = time.perf_counter() - start
    ours = {
        "raw": per_call_ms(langid.classify, texts, args.rounds),
        "probabilities": per_call_ms(
            lambda t: langid.classify(t, normalized=True), texts, args.rounds
        ),
    }
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier
    except ImportError:
        peer: dict[str, float] = {}
        peer_load = float("nan")
    else:
        start = time.perf_counter()
        raw = LanguageIdentifier.from_model_file(MODEL_FILE)
        peer_load = time.perf_counter() - start
        norm = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        peer = {
            "raw": per_call_ms(raw.classify, texts, args.rounds),
            "probabilities": per_call_ms(norm.classify, texts, args.rounds),
        }
    print(f"{len(texts)} samples of 800 characters, median of {args.rounds} rounds")
    print(f"{'':16}{'langid (ours)':>16}{'py3langid':>12}")
    print(f"{'model load, s':16}{load:16.2f}{peer_load:12.2f}")
    for key, ms in ours.items():
        print(f"{key + ', ms':16}{ms:16.2f}{peer.get(key, float('nan')):12.2f}")


if __name__ == "__main__":
    main()
