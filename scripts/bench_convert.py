#!/usr/bin/env python3
"""Converts the shared benchmark corpus (gen_corpus.py) to dossier's content format.

usage: bench_convert.py GENERATED_DIR OUT_DIR REPOSITORY

The generator writes people and organisations with a single `role:` and topics with a `lede:`
key; dossier wants `roles:` (a list), the lede as the Markdown body, and topic match rules.
Articles are used as they are. The repository's topics (with their match rules), dossier.yml
and safeguarding.yml are copied so the benchmark does the same work as the real dossier.
"""
import os
import re
import shutil
import sys

src, out, repo = sys.argv[1:4]
content = os.path.join(out, "content")
if os.path.exists(out):
    shutil.rmtree(out)
os.makedirs(content)
shutil.copytree(os.path.join(src, "content", "articles"), os.path.join(content, "articles"))
shutil.copytree(os.path.join(repo, "content", "topics"), os.path.join(content, "topics"))
for name in ("dossier.yml", "safeguarding.yml"):
    shutil.copy(os.path.join(repo, "content", name), content)


claimed = set()


def unclaimed(front):
    """Drops aliases another entity already claims: the generator can give two organisations the
    same alias, which dossier refuses (a name may belong to one entity only)."""
    lines, kept = front.split("\n"), []
    in_aliases = False
    for line in lines:
        if line.startswith("aliases:"):
            in_aliases = True
            kept.append(line)
            continue
        if in_aliases and line.startswith("  - "):
            alias = line[4:].strip().strip('"')
            if alias in claimed:
                continue
            claimed.add(alias)
        else:
            in_aliases = False
        kept.append(line)
    return "\n".join(kept)


def convert(kind):
    os.makedirs(os.path.join(content, kind))
    for name in sorted(os.listdir(os.path.join(src, "content", kind))):
        text = open(os.path.join(src, "content", kind, name), encoding="utf-8").read()
        match = re.match(r"---\n(.*?)\n---\n?(.*)", text, re.S)
        front, body = match.group(1), match.group(2)
        role = re.search(r'^role: (.*)$', front, re.M)
        front = re.sub(r'^role: .*\n?', "", front, flags=re.M)
        own_name = re.search(r'^name: (.*)$', front, re.M)
        if own_name:
            claimed.add(own_name.group(1).strip('"'))
        front = unclaimed(front)
        if role and kind == "people":
            front += "\nroles:\n  - title: " + role.group(1)
        elif role:
            body = body or role.group(1).strip('"') + "."
        open(os.path.join(content, kind, name), "w", encoding="utf-8").write("---\n" + front.rstrip() + "\n---\n" + body)


convert("people")
convert("organisations")
