#!/usr/bin/env bash
# Builds Dossier's libFuzzer targets (the package in Fuzz/) with AddressSanitizer and runs them,
# seeded with pages from ../shared copied to a temporary folder (nothing is kept in the project).
#
#   scripts/fuzz.sh                       every target, 600 s each, one at a time
#   scripts/fuzz.sh FuzzHTML FuzzTagging  those targets only
#   FUZZ_SECONDS=60 FUZZ_JOBS=2 scripts/fuzz.sh
#
# Targets: FuzzDecoding (files, gzip, the cap, sniffing, decoding), FuzzHTML (HTML extraction),
# FuzzPlainText (plain-text extraction), FuzzJSONLines (JSON Lines records), FuzzTagging
# (recognition, linking, CoNLL tagging). Crashing inputs are kept in Fuzz/.build/artifacts/TARGET/;
# each run ends with a line giving its executions and executions per second.
set -euo pipefail
cd "$(dirname "$0")/.."

all_targets=(FuzzDecoding FuzzHTML FuzzPlainText FuzzJSONLines FuzzTagging)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
seconds=${FUZZ_SECONDS:-600}
jobs=${FUZZ_JOBS:-1}
shared=${SHARED:-../shared}

echo "building the fuzz targets (release, -sanitize=fuzzer,address)"
swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
bin=Fuzz/.build/release

work=$(mktemp -d "${TMPDIR:-/tmp}/dossier-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Seeds, copied from ../shared into the temporary folder.
seeds() {
    local target=$1 folder=$work/seeds/$1
    mkdir -p "$folder"
    local pages=$shared/data/extraction/scrapinghub
    if [ ! -d "$pages" ]; then
        echo "no seeds from $pages (missing); starting from an empty corpus" >&2
        printf '<html><body><p>Seed.</p></body></html>' > "$folder/seed"
        echo "$folder"
        return
    fi
    case $target in
        FuzzDecoding)
            # The first byte picks the ending the file is read under: 0 is .html.gz, 4 is .txt.
            for page in "$pages"/html/*.html.gz; do { printf '\000'; cat "$page"; } > "$folder/$(basename "$page")"; done
            for text in "$pages"/text/*.txt; do { printf '\004'; cat "$text"; } > "$folder/$(basename "$text")"; done ;;
        FuzzHTML)
            for page in "$pages"/html/*.html.gz; do gzip -dc "$page" > "$folder/$(basename "$page" .gz)"; done ;;
        FuzzPlainText)
            cp "$pages"/text/*.txt "$folder/" ;;
        FuzzJSONLines)
            python3 - "$pages/text" "$folder" <<'PYTHON'
import json, os, sys
source, folder = sys.argv[1], sys.argv[2]
for name in sorted(os.listdir(source)):
    text = open(os.path.join(source, name), encoding="utf-8", errors="replace").read()
    lines = text.splitlines()
    record = {"title": lines[0] if lines else "", "author": "A. Writer", "date": "2024-03-05", "text": text}
    with open(os.path.join(folder, name + ".jsonl"), "w") as out:
        out.write(json.dumps(record) + "\n" + json.dumps({"html": "<p>" + text[:2000] + "</p>"}) + "\n")
PYTHON
            ;;
        FuzzTagging)
            cp "$pages"/text/*.txt "$folder/"
            if [ -f "$shared/data/ner/conll2003/eng.testa" ]; then
                split -l 300 "$shared/data/ner/conll2003/eng.testa" "$folder/conll-"
            fi ;;
    esac
    echo "$folder"
}

max_len() {
    case $1 in
        FuzzDecoding|FuzzHTML) echo 131072 ;;
        *) echo 65536 ;;
    esac
}

run() {
    local target=$1
    local seed_folder corpus=$work/corpus/$target artifacts=Fuzz/.build/artifacts/$target log=$work/$target.log
    seed_folder=$(seeds "$target")
    mkdir -p "$corpus" "$artifacts"
    echo "$target: $seconds s, seeds from $seed_folder, crashes to $artifacts/"
    local status=0
    # TMPDIR: the targets' scratch files go into the temporary folder removed at the end.
    TMPDIR=$work ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 "$bin/$target" \
        -max_total_time="$seconds" -max_len="$(max_len "$target")" -timeout=30 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" "$seed_folder" > "$log" 2>&1 || status=$?
    local runs rate
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    if [ "$status" -ne 0 ]; then
        echo "$target: FAILED (status $status) after $runs executions; see below and $artifacts/"
        grep -E 'ERROR|Fatal error|SUMMARY|Test unit written' "$log" | head -20
        return 1
    fi
    echo "$target: $runs executions in $seconds s, $rate per second, no crash"
}

failed=0
running=0
for target in "${targets[@]}"; do
    [ -x "$bin/$target" ] || { echo "unknown target: $target (one of: ${all_targets[*]})" >&2; exit 2; }
    if [ "$jobs" -le 1 ]; then
        run "$target" || failed=1
    else
        run "$target" &
        running=$((running + 1))
        if [ "$running" -ge "$jobs" ]; then
            wait -n || failed=1
            running=$((running - 1))
        fi
    fi
done
while [ "$running" -gt 0 ]; do
    wait -n || failed=1
    running=$((running - 1))
done
exit "$failed"
