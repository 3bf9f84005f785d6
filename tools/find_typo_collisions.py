#!/usr/bin/env python3
"""Lists real English words that the recognizer's one-edit typo rule would turn into a lexicon word.

Usage: python3 tools/find_typo_collisions.py [dialogs/lexicon.yaml] [/usr/share/dict/american-english]
Needs PyYAML and a word list (Debian: apt-get install wamerican). Words it prints that are not meant as
typos belong in `known_words:` of the lexicon; words that are real ways of saying the thing ("ached",
"sprained") belong in the intent's phrases instead. This mirrors FuzzyIndex: both words >= 5 letters,
one insertion, deletion, substitution or swap of neighbours, targets are one-word phrases of fuzzy intents.
"""
import re
import sys

import yaml

lexicon_path = sys.argv[1] if len(sys.argv) > 1 else "dialogs/lexicon.yaml"
dictionary_path = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/dict/american-english"
lexicon = yaml.safe_load(open(lexicon_path, encoding="utf-8"))


def words(text):
    return re.sub(r"[^a-z0-9 ]", " ", str(text).lower().replace("'", "")).split()


def one_edit(a, b):
    if a == b:
        return False
    if len(a) == len(b):
        i = 0
        while a[i] == b[i]:
            i += 1
        if a[i + 1:] == b[i + 1:]:
            return True
        return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:]
    if abs(len(a) - len(b)) != 1:
        return False
    if len(a) < len(b):
        a, b = b, a
    i = 0
    while i < len(b) and a[i] == b[i]:
        i += 1
    return a[i + 1:] == b[i:]


targets = {}
for name, body in lexicon["intents"].items():
    if body.get("fuzzy"):
        for phrase in body.get("phrases", []) + body.get("alone", []):
            w = words(phrase)
            if len(w) == 1 and len(w[0]) >= 5:
                targets.setdefault(w[0], set()).add(name)

vocabulary = set()


def collect(node):
    if isinstance(node, dict):
        for key, value in node.items():
            collect(key)
            collect(value)
    elif isinstance(node, list):
        for value in node:
            collect(value)
    elif node is not None:
        vocabulary.update(words(node))


collect(lexicon)
dictionary = {w.strip().lower() for w in open(dictionary_path, encoding="utf-8") if w.strip().isalpha()}
for word in sorted(dictionary):
    if len(word) < 5 or word in vocabulary:
        continue
    hits = [t for t in targets if abs(len(t) - len(word)) <= 1 and one_edit(word, t)]
    if hits:
        print(word, "->", ", ".join(f"{h} ({'/'.join(sorted(targets[h]))})" for h in hits))
