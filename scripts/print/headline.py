#!/usr/bin/env python3
"""Prints the headline saving of an exported Vista page (the figure in
<div class="headline-figure saving">), as the page shows it.

Usage: headline.py FILE.html"""
import html
import re
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    match = re.search(r'<div class="headline-figure saving"><dt>[^<]*</dt><dd>([^<]+)', f.read())
if not match:
    sys.exit(f"print: {sys.argv[1]} has no headline saving")
print(html.unescape(match.group(1)).strip())
