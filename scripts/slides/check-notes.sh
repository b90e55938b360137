#!/bin/sh
# Speaker notes in no file of a built or served site, and in the presenter view of `vista serve`.
# Usage: scripts/slides/check-notes.sh VISTA CONTENT
set -eu
exec timeout 600 python3 "$(dirname "$0")/check-notes.py" "$@"
