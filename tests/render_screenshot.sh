#!/bin/sh
# The HTML page as a person sees it: `ogi convert --to html` of the sample report (its published text), loaded in
# headless Chromium; checks that the page's DOM has the tables, the broken totals and the cells the correction
# changes marked, and saves a screenshot beside it (docs/sample-report.png is a copy of it).
# usage: render_screenshot.sh OGI SAMPLE_TXT CHROMIUM OUT_DIR
set -eu
ogi=$1 sample=$2 chromium=$3 out=$4
command -v "$chromium" >/dev/null || { echo "$chromium not found: apt-get install chromium" >&2; exit 1; }
mkdir -p "$out"
page="$out/sample-report.html"
"$ogi" convert --to html "$sample" -o "$page" 2>/dev/null
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
run() {
    "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --user-data-dir="$profile" "$@" "file://$page"
}
dom=$(run --dump-dom 2>/dev/null)
tables=$(printf '%s' "$dom" | grep -o '<table' | wc -l)
marked=$(printf '%s' "$dom" | grep -o 'class="finding[a-z ]* error"' | wc -l)
corrected=$(printf '%s' "$dom" | grep -o 'class="finding correction[a-z ]*"' | wc -l)
should_be=$(printf '%s' "$dom" | grep -o '应为 1' | wc -l)
[ "$tables" -eq 3 ] || { echo "expected the 3 tables of 二 三 四 in the loaded page, found $tables" >&2; exit 1; }
[ "$marked" -eq 2 ] || { echo "expected 2 cells marked as errors, found $marked" >&2; exit 1; }
[ "$corrected" -eq 2 ] || { echo "expected the 2 cells the correction changes marked, found $corrected" >&2; exit 1; }
[ "$should_be" -ge 2 ] || { echo "expected 应为 1 at the 2 corrected cells, found $should_be" >&2; exit 1; }
rm -f "$out/sample-report.png"
run --screenshot="$out/sample-report.png" --window-size=1200,5400 >/dev/null 2>&1
[ -s "$out/sample-report.png" ] || { echo "no screenshot written" >&2; exit 1; }
echo "screenshot: $out/sample-report.png"
