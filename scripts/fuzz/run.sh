#!/bin/bash
# Builds the libFuzzer targets in Fuzz/ (a package of their own, so that Vista's own build never
# needs the fuzzer runtime) and runs each for a bounded time, starting from the content of the
# example site and the test fixtures. A crash, a hang (one input over 10 s) or a leak of memory
# past 2 GB fails the run; the input is kept in Fuzz/.build/artifacts/TARGET/ and printed in
# base64, to be turned into a fixture and a fix.
#
# Inputs that once failed are kept in Fuzz/Regressions/TARGET/ and run first each time.
#
# Usage: scripts/fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]    (default 60 s, every target)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-60}; shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzFrontMatter FuzzTaskFile FuzzMetricFile FuzzCSV FuzzXLSX FuzzPeriod FuzzMarkdown)
fuzz=$root/Fuzz
work=$fuzz/.build/fuzzing
export SWIFT_BACKTRACE=enable=no     # libFuzzer reports crashes itself
# The Swift runtime and cmark keep a few allocations for the whole process; growth is caught by -rss_limit_mb.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}

echo "fuzz: building ${#targets[@]} targets with -sanitize=fuzzer,address"
swift build --package-path "$fuzz" -c debug \
    -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address 2>&1 \
    | grep -v -e "Cannot export local symbol" -e "^\[" || true
bin=$(swift build --package-path "$fuzz" -c debug --show-bin-path)

# Seeds: the files each target reads in real content.
seed() {  # TARGET FILES...
    local dir=$work/seeds/$1; shift
    mkdir -p "$dir"
    for file in "$@"; do [ -f "$file" ] && cp "$file" "$dir/$(echo "$file" | tr '/' '_')"; done
}
fixtures="$root/Content $root/Tests/VistaSiteTests/Fixtures/harbor $root/Tests/VistaContentTests/Fixtures/clinic"
rm -rf "$work/seeds"
# shellcheck disable=SC2086
{
    seed FuzzFrontMatter $(find $fixtures -name '*.md')
    seed FuzzMarkdown $(find $fixtures -name '*.md')
    seed FuzzTaskFile $(find $fixtures -path '*tasks/*.yaml')
    seed FuzzCSV $(find $fixtures -name '*.csv')
    seed FuzzXLSX $(find $fixtures "$root/Tests/VistaContentTests/Fixtures/xlsx" -name '*.xlsx')
    seed FuzzMetricFile $(find $fixtures -path '*metrics/*.yaml')
}
mkdir -p "$work/seeds/FuzzPeriod"
for period in 2026 2026-Q1 2026-03 2026-W09 2026-03-14 2024-02-29 2026-W53; do printf '%s' "$period" >"$work/seeds/FuzzPeriod/$period"; done
# Metric files with their CSV after a NUL byte, as FuzzMetricFile reads them.
for metric in $(grep -l '^data: .*\.csv' $(find $fixtures -path '*metrics/*.yaml')); do
    csv=$(dirname "$metric")/$(sed -n 's/^data: *//p' "$metric")
    { sed 's/^data: .*/data: fuzz.csv/' "$metric"; printf '\0'; cat "$csv"; } >"$work/seeds/FuzzMetricFile/with-csv-$(basename "$metric")"
done

failed=()
for target in "${targets[@]}"; do
    corpus=$work/corpus/$target artifacts=$fuzz/.build/artifacts/$target
    mkdir -p "$corpus" "$artifacts"
    echo "fuzz: $target for $seconds s"
    log=$work/$target.log
    status=0
    regressions=()   # inputs that once crashed a target: they run first, every time
    [ -d "$fuzz/Regressions/$target" ] && regressions=("$fuzz/Regressions/$target")
    "$bin/$target" "$corpus" "$work/seeds/$target" "${regressions[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -detect_leaks=0 -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
    if [ $status -ne 0 ]; then
        failed+=("$target")
        echo "fuzz: $target FAILED after ${runs:-?} runs:"
        grep -E "ERROR|Fatal error|SUMMARY|Test unit written|Base64" "$log" | head -8
    else
        echo "fuzz: $target ok: ${runs:-?} runs, ${speed:-?} runs/s, ${coverage:-cov: ?}, $(ls "$corpus" | wc -l) inputs in the corpus"
    fi
done
echo "fuzz: $(( ${#targets[@]} - ${#failed[@]} )) passed, ${#failed[@]} failed"
[ ${#failed[@]} -eq 0 ]
