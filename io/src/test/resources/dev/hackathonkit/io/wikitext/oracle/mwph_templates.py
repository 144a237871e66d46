#!/usr/bin/env python3
"""Test oracle: print what mwparserfromhell finds in a wikitext file, one template per line.

Usage: /usr/bin/python3 mwph_templates.py FILE...
Output per file: "== FILE", then for each template (recursively, document order, parser
functions such as {{#if:...}} left out) a JSON array [name, [[key, value], ...]] where name and
keys are stripped and values are exactly as written. Used by MwparserfromhellOracleTest.
"""
import json
import sys

import mwparserfromhell


def main(paths):
    for path in paths:
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
        code = mwparserfromhell.parse(text, skip_style_tags=True)
        print("== " + path)
        for t in code.filter_templates(recursive=True):
            name = str(t.name).strip()
            if name.startswith("#"):
                continue
            params = [[str(p.name).strip(), str(p.value)] for p in t.params]
            print(json.dumps([name, params], ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
