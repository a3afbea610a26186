#!/usr/bin/env python3
"""Scores pySBD and sentencex on the UD English-EWT dev sentences, as JSON on standard output.

    python3 tests/reference/ud_sentence_peers.py ../shared/corpus/ud/en.sentences.jsonl \
        > tests/reference/ud_en_sentence_peers.json

The versions are pinned in scripts/requirements-test.txt. tests/sentences.rs builds the same
texts, scores textlens the same way and checks that it does at least as well as both peers.

Texts and boundaries (the scorer in tests/sentences.rs follows the same rules):
- "document": each document's paragraphs joined with a blank line ("\n\n"), the sentences of a
  paragraph with one space. The gold boundaries are the starts of every sentence but the first.
- "paragraph": each paragraph alone, its sentences joined with one space; the gold boundaries are
  the starts of its sentences but the first.
A segmenter's boundary is where one of its sentences starts, moved past any whitespace, other
than at the start of the text. Precision, recall and F1 are over all boundaries of the file.
"""

import importlib.metadata
import json
import sys


def texts(path):
    """(document texts with gold boundaries, paragraph texts with gold boundaries)."""
    documents, paragraphs = [], []
    with open(path, encoding="utf-8") as file:
        for line in file:
            doc = json.loads(line)
            joined = [" ".join(sentences) for sentences in doc["paragraphs"]]
            for sentences in doc["paragraphs"]:
                paragraphs.append((" ".join(sentences), starts(sentences, " ")))
            flat, offset, gold = [], 0, []
            for i, sentences in enumerate(doc["paragraphs"]):
                if i:
                    offset += 2
                for j, sentence in enumerate(sentences):
                    if i or j:
                        gold.append(offset)
                    offset += len(sentence) + (1 if j < len(sentences) - 1 else 0)
            documents.append(("\n\n".join(joined), gold))
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


def main():
    import pysbd
    import sentencex

    segmenter = pysbd.Segmenter(language="en", clean=False)
    peers = {
        "pysbd": (importlib.metadata.version("pysbd"), segmenter.segment),
        "sentencex": (importlib.metadata.version("sentencex"), lambda text: list(sentencex.segment("en", text))),
    }
    documents, paragraphs = texts(sys.argv[1])
    result = {
        "command": "python3 tests/reference/ud_sentence_peers.py ../shared/corpus/ud/en.sentences.jsonl",
        "data": "UD_English-EWT dev (en_ewt-ud-dev.conllu), as ../shared/corpus/ud/en.sentences.jsonl",
    }
    for name, (version, split) in peers.items():
        result[name] = {"version": version, "document": score(documents, split), "paragraph": score(paragraphs, split)}
    json.dump(result, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
