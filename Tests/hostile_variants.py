#!/usr/bin/env python3
"""Writes hostile variants of news articles into a folder, for comparing two builds of the annotator.

    Tests/hostile_variants.py OUT_DIR SOURCE_FILE...

Each variant is one source article changed the way copy and scrapers change text, or the way an attacker
would: upper- or lower-cased, decomposed (NFD) or compatibility-composed (NFKC), letters swapped for
canonically equal ones (KELVIN SIGN for K, GREEK QUESTION MARK for ';', GREEK VARIA for '`'), spaces for
no-break spaces or tabs, straight quotes for curly ones, hyphens for Unicode hyphens and dashes, cut and
shuffled; plus word salad from all the sources. Seeded: the same sources give the same files.
Standard library only.
"""
import os
import random
import sys
import unicodedata

VARIANTS = 3000
SALADS = 1000
SWAPS = [("K", "\u212A"), (";", "\u037E"), ("`", "\u1FEF"), (" ", "\u00A0"), ('"', "\u201C"), ('"', "\u201D"),
         ("'", "\u2019"), ("'", "\u2018"), ("-", "\u2010"), ("-", "\u2011"), (" - ", " \u2014 "), (".", "\u2026"),
         (" ", "  "), (" ", "\t")]


def swap_some(text, old, new, rng):
    parts = text.split(old)
    out = parts[0]
    for part in parts[1:]:
        out += (new if rng.random() < 0.5 else old) + part
    return out


def mutate(text, rng):
    roll = rng.random()
    if roll < 0.15:
        return text.upper()
    if roll < 0.25:
        return text.lower()
    if roll < 0.35:
        return unicodedata.normalize("NFD", text)
    if roll < 0.45:
        return unicodedata.normalize("NFKC", text)
    for _ in range(rng.randint(1, 6)):
        old, new = rng.choice(SWAPS)
        text = swap_some(text, old, new, rng)
    if rng.random() < 0.3:
        start = rng.randint(0, len(text))
        text = text[:start] + text[rng.randint(start, len(text)):]
    if rng.random() < 0.2:
        lines = text.split("\n")
        rng.shuffle(lines)
        text = "\n".join(lines)
    return text


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out, sources = sys.argv[1], []
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8", errors="replace") as handle:
            sources.append(handle.read())
    os.makedirs(out, exist_ok=True)
    rng = random.Random(5)
    for number in range(VARIANTS):
        with open(os.path.join(out, "m%05d.txt" % number), "w", encoding="utf-8") as handle:
            handle.write(mutate(rng.choice(sources), rng))
    words = " ".join(sources).split()
    for number in range(SALADS):
        paragraphs = [" ".join(rng.choice(words) for _ in range(rng.randint(3, 80))) for _ in range(rng.randint(1, 8))]
        with open(os.path.join(out, "w%05d.txt" % number), "w", encoding="utf-8") as handle:
            handle.write("\n".join(paragraphs))


if __name__ == "__main__":
    main()
