#!/usr/bin/env python3
"""Writes a deterministic corpus of awkward articles for checking that an
optimised ArticleCleaner gives exactly the output of an earlier one
(`cleaner-bench --raw --dump` with the old build, `--raw --check` with the new).

Articles are built from real lines (the seeds and, if given, a synthetic
corpus) and from bait for every cleaning rule (captions, credits, bylines,
dates, salaries, sign-up prompts, comment threads, quotes), then mutated: case
changes, punctuation, repeated lines, and the characters a fast path must
notice and hand to Swift Regex (combining marks, the Kelvin sign, NBSP and
other spaces, tabs, zero-width characters, emoji, line separators), with
LF, CRLF or CR line endings. Each file is a raw body: no front matter.

usage: cleaner-stress-corpus.py OUT_DIR [--n 3000] [--seed 7] [--lines DIR ...]
"""
import argparse
import os
import random

BAIT = [
    "Photo: Getty Images", "(Image: PA)", "Photograph: Stefan Rousseau/PA", "Credit: Reuters",
    "Image caption, Yvette Cooper", "Media caption: the minister spoke", "© Shutterstock", "(c) Alamy Stock Photo",
    "Home secretary Yvette Cooper (copyright: House of Commons)", "The council chamber in Stoke-on-Trent. (Nub News)",
    "The report was published (CSE)", "via Getty Images", "Picture: PA Wire", "image source, PA Media",
    "Sign up to our free daily newsletter", "Get our newsletter", "Newsletters", "Subscribe", "sign-up for email alerts",
    "Enter your email address", "We use your sign-up to provide content", "Analysis: Subscribe",
    "Support us", "Please support independent journalism", "Become a monthly supporter", "Donate now", "Ad-free",
    "£25,000 - £30,000", "£32k to £40k per annum", "Grade 7 £45,000", "Salary: £30,000", "£28,500 pa",
    "Recruiter: Stoke City Council", "Recuriter: Somewhere", "Closing date: 3 June 2025", "Highways jobs", "Latest vacancies",
    "5 min read", "3 mins read", "Reading time: 4", "Estimated reading time 6 minutes",
    "Published 3 March 2025", "Updated", "Published on 2 hours ago", "Last updated 16 June 2025", "Yesterday",
    "By Phil Corrigan - Local Democracy Reporter 26th Jun 2025", "William Eichler 16 June 2025", "By Jane Doe",
    "Posted on March 3, 2025 by Jo Bloggs", "10:32, 16 Jun 2025 Updated 11:05, 16 Jun 2025", "Thursday 16 January 2025",
    "2025-01-16", "16/01/2025", "January 17, 2025", "31st February 2025", "2025-13-45", "Jessica Elgot Deputy political editor",
    "BBC News, North West", "Sarah Smith", "Political Editor",
    "Alec Fraher January 17, 2025 at 2:24 am #", "1. Jo Bloggs 3 June 2025 at 10:15", "Jo Bloggs says:",
    "There are no comments", "Leave a Reply Cancel reply", "3 comments", "You must be logged in to post a comment.",
    "Share this:", "Share on Facebook Twitter Email", "Like this:", "Click to share on WhatsApp", "Loading...",
    "Home > News > Politics", "Skip to content", "Tags: grooming, inquiry", "Topics: local government", "a, b; c | d",
    "Advertisement", "Story continues below advertisement", "Related topics", "Read more: Council leader quits",
    "More from BBC News", "You may also like", "2 days ago",
    "Cllr Sarah Hill, cabinet member for finance, said: “We have been waiting for this report.”",
    "“This is a shocking report,” said Council leader Jane Ashworth.", "“It will take time,” she added. “We will not stop.”",
    "Assistant Chief Constable Rebecca Riggs and Richard Fewkes said: \"We welcome it.\"",
    "DCC Riggs explained that the force had changed.", "She added: ‘We are listening.’", "“We know,” the Tory leader said.",
    "‘Collective failure’ was the phrase used.", "“Children’s services are improving,” it said.",
    "• First bullet point", "- a dash item", "1. A numbered item", "12) Another numbered item", "No public inquiry into CSE",
    "We want to provide the best local news. Your support matters.", "Grooming gangs report image", "Yvette Cooper photo",
]
ODD = [
    "\u00a0", "\t", "\u200b", "\ufeff", "\u00ad", "\u2009", "\u3000", "\u202f", "e\u0301", "\u212a", "\u017f", "\u0130",
    "\u0131", "\U0001F600", "\u2028", "\u0085", "\u00bd", "\u0663", "\uff11", "\u00e9", "\u00c9", "\u0141", "\u00df",
    "\u2019", "\u2018", "\u201c", "\u201d", "\u00ab", "\u00bb", "\u2013", "\u2014", "\u2026", "\u00b7", "\u2022",
    "\u00a3", "\u00a9", "  ", " ", ":", ",", ".", "(", ")", "/", "|", ">", "'", "\"", "1", "2025", "\u0338", "\u200d",
    "\u2010", "\u2011", "\u2032", "\u2192", "\u00d7", "\u201a", "\u2212", "\u00bf", "\u2020", "\u00f7",
]


def load_lines(folders):
    lines = []
    for folder in folders:
        for name in sorted(os.listdir(folder)):
            if not (name.endswith(".md") or name.endswith(".txt")):
                continue
            text = open(os.path.join(folder, name), encoding="utf-8").read()
            if text.startswith("---\n"):
                end = text.find("\n---\n", 4)
                text = text[end + 5:] if end >= 0 else text
            lines += [line for line in text.split("\n") if line.strip()]
    return lines


def mutate(line, rng):
    for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
        kind = rng.randrange(8)
        if kind == 0 and line:
            i = rng.randrange(len(line) + 1)
            line = line[:i] + rng.choice(ODD) + line[i:]
        elif kind == 1:
            line = line.upper() if rng.random() < 0.5 else line.lower()
        elif kind == 2 and len(line) > 3:
            i = rng.randrange(len(line))
            line = line[:i] + line[i + 1:]
        elif kind == 3:
            line = rng.choice(ODD) + line if rng.random() < 0.5 else line + rng.choice(ODD)
        elif kind == 4:
            words = line.split(" ")
            line = " ".join(words[: rng.randrange(1, len(words) + 1)])
        elif kind == 5:
            line = line + " " + rng.choice(BAIT)
        elif kind == 6:
            line = line.rstrip(".") + rng.choice(["", ".", " image", " photo", ":", "”", "’", ")"])
    return line


def article(rng, real):
    lines = []
    if rng.random() < 0.8:
        lines.append(rng.choice(real)[:120])
    if rng.random() < 0.6:
        lines.append(rng.choice([b for b in BAIT if any(c.isdigit() for c in b)] + ["By " + rng.choice(["Jane Doe", "Phil Corrigan", "2030 the council"])]))
    for _ in range(rng.randrange(3, 25)):
        roll = rng.random()
        if roll < 0.55:
            line = rng.choice(real)
        elif roll < 0.9:
            line = rng.choice(BAIT)
        else:
            line = lines[-1] if lines else rng.choice(BAIT)
        lines.append(mutate(line, rng))
        if rng.random() < 0.5:
            lines.append("")
    ending = rng.choice(["\n"] * 8 + ["\r\n", "\r"])
    text = ending.join(lines)
    return text + (ending if rng.random() < 0.7 else "")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--n", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--lines", nargs="*", default=[])
    args = parser.parse_args()
    rng = random.Random(args.seed)
    real = load_lines(args.lines) or ["Council leaders urge victims to come forward."]
    os.makedirs(args.out, exist_ok=True)
    for i in range(args.n):
        with open(os.path.join(args.out, f"stress-{i:05d}.txt"), "w", encoding="utf-8", newline="") as f:
            f.write(article(rng, real))


if __name__ == "__main__":
    main()
