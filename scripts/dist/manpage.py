#!/usr/bin/env python3
"""Writes vista's man page (man(7) format) from the argument parser's own description of the
commands: `vista --experimental-dump-help` (swift-argument-parser's ToolInfo JSON), so every
command, option, default and help text in the page is the one `vista help` prints.

Usage: manpage.py VISTA VERSION > vista.1
"""
import datetime, json, os, subprocess, sys

vista, version = sys.argv[1], sys.argv[2]
info = json.loads(subprocess.run([vista, "--experimental-dump-help"], check=True, capture_output=True, text=True,
                                 timeout=60).stdout)["command"]


def roff(text):
    """Text escaped for roff: backslashes, and a leading dot or quote."""
    text = (text or "").replace("\\", "\\e").replace("-", "\\-")
    return "\n".join(("\\&" + line) if line.startswith((".", "'")) else line for line in text.split("\n"))


def synopsis_of(argument):
    names = argument.get("names") or []
    preferred = argument.get("preferredName") or (names[0] if names else None)
    if argument["kind"] == "positional":
        text = f"<{argument.get('valueName', 'value')}>"
    else:
        dashes = "-" if preferred and preferred["kind"] == "short" else "--"
        text = dashes + preferred["name"]
        if argument["kind"] == "option":
            text += f" <{argument.get('valueName', 'value')}>"
    return text


def visible(arguments):
    return [a for a in arguments or [] if a.get("shouldDisplay", True)
            and not any(n["name"] in ("help", "version", "experimental-dump-help") for n in a.get("names") or [])]


def options(arguments):
    lines = []
    for argument in visible(arguments):
        names = argument.get("names") or []
        if argument["kind"] == "positional":
            label = f"<{argument.get('valueName', 'value')}>"
        else:
            label = ", ".join(("-" if n["kind"] == "short" else "--") + n["name"] for n in names)
            if argument["kind"] == "option":
                label += f" <{argument.get('valueName', 'value')}>"
        help_text = argument.get("abstract", "")
        if argument.get("defaultValue") not in (None, ""):
            help_text += f" (default: {argument['defaultValue']})"
        lines += [".TP", f"\\fB{roff(label)}\\fR", roff(help_text)]
    return lines


def command_lines(command, path):
    lines = []
    name = " ".join(path)
    arguments = visible(command.get("arguments"))
    lines += [".SS " + roff(name), roff(command.get("abstract", "")), ".PP",
              "\\fB" + roff(name) + "\\fR " + roff(" ".join(f"[{synopsis_of(a)}]" if a.get("isOptional") else synopsis_of(a)
                                                            for a in arguments))]
    if command.get("discussion"):
        lines += [".PP", roff(command["discussion"])]
    lines += options(command.get("arguments"))
    for sub in command.get("subcommands") or []:
        if sub.get("shouldDisplay", True) and sub["commandName"] != "help":
            lines += command_lines(sub, path + [sub["commandName"]])
    return lines


# The date of the sources (SOURCE_DATE_EPOCH), so the same sources give the same page.
epoch = os.environ.get("SOURCE_DATE_EPOCH")
date = (datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc).date() if epoch else datetime.date.today()).isoformat()
page = [
    f'.TH VISTA 1 "{date}" "vista {roff(version)}" "User Commands"',
    ".SH NAME", "vista \\- " + roff(info.get("abstract", "")),
    ".SH SYNOPSIS", "\\fBvista\\fR <command> [options]",
    ".SH DESCRIPTION", roff(info.get("discussion", "")),
    ".PP", "Run \\fBvista help\\fR \\fIcommand\\fR for the same text as below.",
    ".SH OPTIONS",
    ".TP", "\\fB\\-\\-version\\fR", "Print the version of vista and of the cmark\\-gfm library, and exit.",
    ".TP", "\\fB\\-h\\fR, \\fB\\-\\-help\\fR", "Print help, and exit.",
    ".SH COMMANDS",
]
for sub in info.get("subcommands") or []:
    if sub.get("shouldDisplay", True) and sub["commandName"] != "help":
        page += command_lines(sub, ["vista", sub["commandName"]])
page += [".SH SEE ALSO",
         "The guides in Vista's sources: docs/CONTENT.md (the content format), docs/THEMING.md, "
         "docs/PUBLISHING.md (web servers, publishing over SSH)."]
print("\n".join(page))
