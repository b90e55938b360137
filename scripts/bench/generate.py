#!/usr/bin/env python3
"""Writes Vista's synthetic benchmark site, deterministically, in two forms.

    generate.py OUT [--pages 10000] [--tasks 500] [--metrics 200]

OUT/vista/   a Vista content folder: site.yaml, vision.md, pages/*.md (about 3 KB of Markdown
             each, with headings, lists, tables and links), tasks/*.yaml, metrics/*.yaml with
             36 monthly points each
OUT/hugo/    a Hugo site with the same Markdown pages and a minimal layout
OUT/all.md   every page's Markdown concatenated, for timing cmark-gfm's own tool

The same arguments always give the same bytes (a fixed random seed).
"""
import argparse
import os
import random

WORDS = ("report weekly monthly analyst pipeline cost review owner budget forecast team data "
         "decision manager quarter variance summary process approval hand-off customer region "
         "sales finance operations dashboard export reconciliation target trend saving hours").split()


def sentence(rng, n=12):
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def paragraph(rng, sentences=4):
    return " ".join(sentence(rng, rng.randint(8, 16)) for _ in range(sentences))


def page_markdown(rng, index, pages):
    """About 3 KB of Markdown: headings, a list, a table, links to other pages and a task."""
    out = [f"## Section one of page {index}", "", paragraph(rng, 5), ""]
    out += [f"- {sentence(rng, 6)}" for _ in range(5)] + [""]
    out += ["### Figures", "", "| Item | Owner | Hours | Cost |", "|---|---|---:|---:|"]
    for row in range(6):
        out.append(f"| {rng.choice(WORDS)} {row} | {rng.choice(WORDS).title()} | {rng.randint(1, 40)} | {rng.randint(100, 9000)} |")
    out += ["", paragraph(rng, 4), ""]
    other = (index * 7919) % pages + 1
    out += [f"See [page {other}](page-{other:05d}.md) and the [first task](../tasks/task-0001.yaml).", ""]
    out += ["## Section two", "", paragraph(rng, 5), "", "1. " + sentence(rng), "2. " + sentence(rng), "3. " + sentence(rng), ""]
    out += ["> " + sentence(rng, 14), "", paragraph(rng, 3), ""]
    return "\n".join(out)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--pages", type=int, default=10000)
    parser.add_argument("--tasks", type=int, default=500)
    parser.add_argument("--metrics", type=int, default=200)
    args = parser.parse_args()
    rng = random.Random(20261130)
    vista, hugo = os.path.join(args.out, "vista"), os.path.join(args.out, "hugo")

    write(os.path.join(vista, "site.yaml"),
          "title: Benchmark\norganization: Vista\nbase_url: /bench/\nhourly_rate: 60\n"
          "highlights: [metric-001, metric-002]\nnav: [tasks, dashboard]\n")
    write(os.path.join(vista, "vision.md"),
          "---\ntitle: A synthetic site\nsummary: Many pages, tasks and metrics.\n---\n"
          + paragraph(rng, 4) + "\n\n```kpi\nmetrics: [metric-001, metric-002]\n```\n")
    write(os.path.join(hugo, "hugo.toml"),
          'baseURL = "/bench/"\ntitle = "Benchmark"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]\n'
          '[markup.goldmark.renderer]\nunsafe = false\n')
    write(os.path.join(hugo, "layouts", "_default", "single.html"),
          '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>'
          "<body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>\n")
    write(os.path.join(hugo, "layouts", "_default", "list.html"),
          '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>'
          "<body><main><h1>{{ .Title }}</h1></main></body></html>\n")
    write(os.path.join(hugo, "layouts", "index.html"),
          '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Benchmark</title></head><body></body></html>\n')

    concatenated = []
    for index in range(1, args.pages + 1):
        body = page_markdown(rng, index, args.pages)
        title = f"Page {index}: {sentence(rng, 4)[:-1]}"
        write(os.path.join(vista, "pages", f"page-{index:05d}.md"), f"---\ntitle: \"{title}\"\n---\n{body}")
        # Hugo resolves the same links by its own rules; the Markdown itself is identical.
        write(os.path.join(hugo, "content", f"page-{index:05d}.md"), f"---\ntitle: \"{title}\"\n---\n{body}")
        concatenated.append(body)
    write(os.path.join(args.out, "all.md"), "\n".join(concatenated))

    frequencies = ["daily", "weekly", "biweekly", "monthly", "quarterly", "2 per week"]
    actions = ["eliminate", "reduce", "keep", "automate", "redistribute"]
    for index in range(1, args.tasks + 1):
        action = actions[index % len(actions)]
        recommendation = f"recommendation:\n  action: {action}\n  summary: {sentence(rng)}\n"
        if action in ("reduce", "automate", "redistribute"):
            recommendation += f"  frequency: monthly\n  effort_hours: {rng.randint(1, 4)}\n"
        write(os.path.join(vista, "tasks", f"task-{index:04d}.yaml"),
              f"title: Task {index}\nowner: Team {index % 17}\nfrequency: {frequencies[index % len(frequencies)]}\n"
              f"effort_hours: {rng.randint(1, 12)}\nrecipients: {rng.randint(1, 40)}\nreading_minutes: {rng.randint(0, 20)}\n"
              f"questions:\n  why: {sentence(rng)}\n  better: {sentence(rng)}\n  alternatives:\n"
              f"    - option: {sentence(rng, 4)}\n      pros: [\"{sentence(rng, 5)}\"]\n      cons: [\"{sentence(rng, 5)}\"]\n"
              f"  obstacles: {sentence(rng)}\n  where: {sentence(rng)}\n  when: {sentence(rng)}\n  who: {sentence(rng)}\n"
              + recommendation)

    for index in range(1, args.metrics + 1):
        rows = []
        value = rng.uniform(100, 10000)
        for month in range(36):
            year, month_of_year = 2024 + month // 12, month % 12 + 1
            value *= rng.uniform(0.93, 1.06)
            rows.append(f"  - {{month: {year}-{month_of_year:02d}, value: {value:.1f}}}")
        write(os.path.join(vista, "metrics", f"metric-{index:03d}.yaml"),
              f"title: Metric {index}\nunit: {['USD', 'hours', 'count', 'percent'][index % 4]}\n"
              f"better: {'lower' if index % 2 else 'higher'}\ntarget: {value:.0f}\nbaseline: 2024-06\n"
              "events:\n  - {date: 2025-03, label: Change starts}\ndata:\n" + "\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
