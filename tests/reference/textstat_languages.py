#!/usr/bin/env python3
"""Prints, as JSON, textstat's scores and Pyphen's syllables for texts in other languages.

    python3 tests/reference/textstat_languages.py LANG=FILE...

For each LANG=FILE: textstat's (pinned in scripts/requirements-test.txt) words, sentences,
syllables and the formulas it has for that language (its Flesch Reading Ease takes the language's
constants: Amstad for de, Fernández-Huerta for es, Kandel–Moles for fr, Douma for nl, Oborneva
for ru), and for every distinct word of the text the syllables textstat counts for it: the
positions of Pyphen's hyphenation dictionary of the language, plus one. Used by
tests/count_reference.rs (`language_formulas_against_textstat`).
"""

import importlib.metadata
import json
import pathlib
import re
import sys

import pyphen
import textstat

textstat.set_rounding_points(None)

# Each language's own formulas in textstat, by textlens's names for them.
FORMULAS = {
    "de": {"amstad": textstat.flesch_reading_ease, "wienerSachtextformel": lambda t: textstat.wiener_sachtextformel(t, 1)},
    "es": {"fernandezHuerta": textstat.fernandez_huerta, "szigrisztPazos": textstat.szigriszt_pazos},
    "fr": {"kandelMoles": textstat.flesch_reading_ease},
    "it": {"gulpease": textstat.gulpease_index},
    "nl": {"douma": textstat.flesch_reading_ease},
    "ru": {"oborneva": textstat.flesch_reading_ease},
}

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def main() -> None:
    results = {}
    for argument in sys.argv[1:]:
        lang, _, path = argument.partition("=")
        text = pathlib.Path(path).read_text(encoding="utf-8")
        textstat.set_lang(lang)
        hyphenator = pyphen.Pyphen(lang=lang)
        words = sorted({word.lower() for word in WORD.findall(text) if "-" not in word})
        results[argument] = {
            "words": textstat.lexicon_count(text),
            "sentences": textstat.sentence_count(text),
            "syllables": textstat.syllable_count(text),
            "scores": {name: float(formula(text)) for name, formula in FORMULAS[lang].items()},
            "wordSyllables": {word: len(hyphenator.positions(word)) + 1 for word in words},
        }
    versions = {name: importlib.metadata.version(name) for name in ["textstat", "pyphen"]}
    json.dump({**versions, "texts": results}, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
