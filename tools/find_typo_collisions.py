#!/usr/bin/env python3
"""Lists real English words that the recognizer's one-edit typo rule, or its repair of split and merged words,
would turn into a lexicon word.

Usage: python3 tools/find_typo_collisions.py [dialogs/lexicon.yaml] [/usr/share/dict/american-english]
Needs PyYAML and a word list (Debian: apt-get install wamerican). Words it prints that are not meant as
typos belong in `known_words:` of the lexicon; words that are real ways of saying the thing ("ached",
"sprained") belong in the intent's phrases instead. This mirrors FuzzyIndex: both words >= 5 letters,
one insertion, deletion, substitution or swap of neighbours (or a four-letter word that is a five-letter target
with one letter dropped), or a four-letter target with two neighbouring letters swapped; targets are one-word phrases
of fuzzy intents, never a one-word phrase of an `exact` intent (ready, yes).
Lines marked "undouble" or "split" mirror WordRepair: one doubled letter typed once too often ("rugg"), or two
known words of three letters or more of which the second is a one-word phrase of a fuzzy intent ("yogamat").
Lines marked "drawn" mirror WordRepair.FindDrawnOut: a vowel typed twice or more read as one or two of it ("noo" for
no), into a one-word phrase of any intent, exact ones included ("goo" would be go, which is ready).
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


def swapped(a, b):
    if len(a) != len(b) or a == b:
        return False
    i = 0
    while a[i] == b[i]:
        i += 1
    return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:]


exact = set()
for name, body in lexicon["intents"].items():
    if body.get("exact"):
        for phrase in body.get("phrases", []) + body.get("alone", []) + body.get("clause_end", []):
            if len(words(phrase)) == 1:
                exact.add(words(phrase)[0])
targets = {}
repair_targets = {}
for name, body in lexicon["intents"].items():
    if body.get("fuzzy"):
        # `alone` phrases count only as the whole utterance; a repair into one elsewhere ("sorre" -> "sorry") only harms.
        for phrase in body.get("phrases", []):
            w = words(phrase)
            if len(w) == 1 and w[0] not in exact:
                repair_targets.setdefault(w[0], set()).add(name)
                if len(w[0]) >= 4:
                    targets.setdefault(w[0], set()).add(name)
# Since recog8: a word of six letters (five since recog9) or more inside a phrase of several words of a fuzzy intent ("one moment") is a
# target of two neighbouring letters swapped only ("momnet"); FuzzyIndex.FindInner. (Structural words are left out
# there; any this prints for them are harmless extras.)
inner_targets = {}
for name, body in lexicon["intents"].items():
    if body.get("fuzzy"):
        for phrase in body.get("phrases", []):
            w = words(phrase)
            if len(w) > 1:
                for inner in w:
                    if len(inner) >= 5 and inner not in exact and inner not in targets:
                        inner_targets.setdefault(inner, set()).add(name)
aliases = {}
for canonical, variants in (lexicon.get("sound_alikes") or {}).items():
    if len(words(canonical)) == 1:
        for variant in variants:
            if len(words(variant)) == 1:
                aliases[words(variant)[0]] = words(canonical)[0]


def repair_target(word):
    return aliases.get(word, word) in repair_targets

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
    if len(word) < 4 or word in vocabulary:
        continue
    # A four-letter word can only be a five-letter target with one letter dropped ("shap" for "sharp").
    hits = [t for t in targets if (len(t) >= 5 and abs(len(t) - len(word)) <= 1 and (len(word) >= 5 or len(t) == 5) and one_edit(word, t))
            or (len(t) == 4 and swapped(word, t))]
    if hits:
        print(word, "->", ", ".join(f"{h} ({'/'.join(sorted(targets[h]))})" for h in hits))


# Since recog8: a one-word answer of an exact intent of five letters or more is reached by a slip of one finger:
# a neighbouring key on a QWERTY keyboard, or two neighbouring letters swapped (FuzzyIndex.FindExact).
ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
OFFSETS = [0, 1, 3]


def key(c):
    for row, keys in enumerate(ROWS):
        if c in keys:
            return row, keys.index(c) * 4 + OFFSETS[row]
    return None


def neighbouring(a, b):
    ka, kb = key(a), key(b)
    if not ka or not kb:
        return False
    dx = abs(ka[1] - kb[1])
    return dx == 4 if ka[0] == kb[0] else abs(ka[0] - kb[0]) == 1 and dx <= 4


def one_finger(word, target):
    if len(word) != len(target) or word == target:
        return False
    diff = [i for i in range(len(word)) if word[i] != target[i]]
    return (len(diff) == 1 and neighbouring(word[diff[0]], target[diff[0]])) or swapped(word, target)


alone_exact = set()
for name, body in lexicon["intents"].items():
    if body.get("exact"):
        for phrase in body.get("alone", []):
            alone_exact.update(w for w in [words(phrase)] if len(w) == 1 for w in w)
exact_targets = [e for e in exact if len(e) >= 5 and e not in alone_exact]
def report(shortest, targets, reaches, kind):
    """Prints each dictionary word of `shortest` letters or more, not itself in the lexicon, that `reaches` a target."""
    for word in sorted(dictionary):
        if len(word) < shortest or word in vocabulary:
            continue
        hits = [t for t in targets if reaches(word, t)]
        if hits:
            print(word, "->", kind, ", ".join(hits))


report(5, exact_targets, one_finger, "slip")
report(5, inner_targets, swapped, "inner swap")


# Since recog9: a word of seven letters or more said as the whole utterance reaches an answer of an exact intent with
# one letter dropped ("contnue") or one letter typed twice ("continnue"); FuzzyIndex.FindLongAnswer.
def dropped(longer, shorter):
    return len(longer) == len(shorter) + 1 and any(longer[:i] + longer[i + 1:] == shorter for i in range(len(longer)))


def doubled(typed, target):
    return len(typed) == len(target) + 1 and any(typed[i] == typed[i - 1] and typed[:i] + typed[i + 1:] == target
                                                 for i in range(1, len(typed)))


report(7, exact_targets, lambda word, t: dropped(t, word) or doubled(word, t), "one-word answer")


def label(word):
    return f"{word} ({'/'.join(sorted(repair_targets[aliases.get(word, word)]))})"


for word in sorted(dictionary):
    if len(word) < 3 or word in vocabulary:
        continue
    undoubled = [word[:i] + word[i + 1:] for i in range(1, len(word)) if word[i] == word[i - 1]]
    undoubled = [u for u in undoubled if repair_target(u)]
    if undoubled:
        print(word, "-> undouble", label(undoubled[0]))
        continue
    for at in range(3, len(word) - 2):
        left, right = word[:at], word[at:]
        if left in vocabulary and right in vocabulary and repair_target(right):
            print(word, "-> split", left, label(right))
            break


drawn_targets = {}
for name, body in lexicon["intents"].items():
    # PyYAML reads the keys yes and no as booleans.
    name = {True: "yes", False: "no"}.get(name, name)
    for phrase in body.get("phrases", []) + body.get("alone", []) + body.get("clause_end", []):
        w = words(phrase)
        if len(w) == 1:
            drawn_targets.setdefault(w[0], set()).add(name)


def readings(word):
    runs = []
    for ch in word:
        if runs and runs[-1][0] == ch:
            runs[-1][1] += 1
        else:
            runs.append([ch, 1])
    held = [i for i, (ch, n) in enumerate(runs) if n >= 3 or (n == 2 and ch in "aeiou")]
    if not held or len(held) > 5:
        return []
    result = []
    for choice in range(1 << len(held)):
        parts = []
        for i, (ch, n) in enumerate(runs):
            parts.append(ch * ((choice >> held.index(i) & 1) + 1) if i in held else ch * n)
        result.append("".join(parts))
    return result


for word in sorted(dictionary):
    if len(word) < 2 or word in vocabulary:
        continue
    hits = sorted({aliases.get(r, r) for r in readings(word)} & set(drawn_targets))
    if hits:
        print(word, "-> drawn", ", ".join(f"{h} ({'/'.join(sorted(drawn_targets[h]))})" for h in hits))
