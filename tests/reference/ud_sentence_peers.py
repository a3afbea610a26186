#!/usr/bin/env python3
"""Scores pySBD and sentencex on the UD dev sentences of every language, as JSON on standard output.

    python3 tests/reference/ud_sentence_peers.py ../shared/corpus/ud > tests/reference/ud_sentence_peers.json

The versions are pinned in scripts/requirements-test.txt. tests/sentences_ud.rs builds the same
texts, scores textlens the same way and checks that it does at least as well as every peer
(tests/reference/ud_intl_segmenter.mjs scores Intl.Segmenter the same way).

Texts and boundaries (the scorer in tests/sentences_ud.rs follows the same rules):
- The sentences of a paragraph are joined with one space, or with nothing in Chinese and
  Japanese, which put no space between sentences.
- A file whose documents each hold one sentence (Japanese) has no boundary inside a document, so
  its documents are grouped ten at a time, in file order, into one paragraph, as the README
  groups the sentences of the treebanks without marks.
- "document": each document's paragraphs joined with a blank line ("\n\n"). The gold boundaries
  are the starts of every sentence but the first.
- "paragraph": each paragraph alone; the gold boundaries are the starts of its sentences but the
  first.
A segmenter's boundary is where one of its sentences starts, moved past any whitespace, other
than at the start of the text. Precision, recall and F1 are over all boundaries of the file.
A peer without rules for a language is called with the language it falls back to (sentencex
falls back by itself) or, for pySBD, left out (null).
"""

import importlib.metadata
import json
import pathlib
import sys

UNSPACED = {"zh", "ja"}
GROUP = 10


def read_documents(path):
    """Each document's paragraphs, each a list of sentences; single sentences grouped ten to one."""
    with open(path, encoding="utf-8") as file:
        docs = [json.loads(line)["paragraphs"] for line in file if line.strip()]
    if all(len(doc) == 1 and len(doc[0]) == 1 for doc in docs):
        docs = [[[doc[0][0] for doc in docs[i : i + GROUP]]] for i in range(0, len(docs), GROUP)]
    return docs


def texts(path, separator):
    """(document texts with gold boundaries, paragraph texts with gold boundaries)."""
    documents, paragraphs = [], []
    for doc in read_documents(path):
        text, gold = "", []
        for i, sentences in enumerate(doc):
            paragraph = separator.join(sentences)
            paragraphs.append((paragraph, starts(sentences, separator)))
            if i:
                text += "\n\n"
                gold.append(len(text))
            gold.extend(start + len(text) for start in starts(sentences, separator))
            text += paragraph
        documents.append((text, gold))
    return documents, paragraphs


def starts(sentences, separator):
    result, offset = [], 0
    for sentence in sentences[:-1]:
        offset += len(sentence) + len(separator)
        result.append(offset)
    return result


def boundaries(text, pieces):
    """Where each piece after the first starts in `text`, found in order, past whitespace."""
    result, pos = [], 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        found = text.find(piece, pos)
        if found < 0:
            continue  # A segmenter that changed the text: its boundary cannot be placed.
        if found > 0:
            result.append(found)
        pos = found + len(piece)
    return result


def score(cases, split):
    true_positive = predicted = gold_total = 0
    for text, gold in cases:
        found = set(boundaries(text, split(text)))
        true_positive += len(found & set(gold))
        predicted += len(found)
        gold_total += len(gold)
    precision = true_positive / predicted if predicted else 0.0
    recall = true_positive / gold_total if gold_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def peers(language):
    import pysbd
    import pysbd.languages
    import sentencex

    result = {"sentencex": (importlib.metadata.version("sentencex"), lambda text: list(sentencex.segment(language, text)))}
    if language in pysbd.languages.LANGUAGE_CODES:
        segmenter = pysbd.Segmenter(language=language, clean=False)
        result["pysbd"] = (importlib.metadata.version("pysbd"), segmenter.segment)
    return result


def main():
    corpus = pathlib.Path(sys.argv[1])
    result = {
        "command": "python3 tests/reference/ud_sentence_peers.py ../shared/corpus/ud",
        "data": "UD dev splits as ../shared/corpus/ud/<lang>.sentences.jsonl (see the README there)",
        "languages": {},
    }
    for path in sorted(corpus.glob("*.sentences.jsonl")):
        language = path.name.split(".")[0]
        documents, paragraphs = texts(path, "" if language in UNSPACED else " ")
        scores = {"pysbd": None}
        for name, (version, split) in peers(language).items():
            scores[name] = {"version": version, "document": score(documents, split), "paragraph": score(paragraphs, split)}
        result["languages"][language] = scores
        print(language, json.dumps(scores), file=sys.stderr)
    json.dump(result, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
