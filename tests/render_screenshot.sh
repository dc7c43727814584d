#!/bin/sh
# The HTML page as a person sees it: render the sample report, load it in headless Chromium, check that the
# page's DOM has the tables and the marked cells, and save a screenshot beside it.
# usage: render_screenshot.sh RENDER_SAMPLE CHROMIUM OUT_DIR
set -eu
sample=$1 chromium=$2 out=$3
command -v "$chromium" >/dev/null || { echo "$chromium not found: apt-get install chromium" >&2; exit 1; }
mkdir -p "$out"
page="$out/sample-report.html"
"$sample" "$page"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
run() {
    "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --user-data-dir="$profile" "$@" "file://$page"
}
dom=$(run --dump-dom 2>/dev/null)
tables=$(printf '%s' "$dom" | grep -o '<table' | wc -l)
marked=$(printf '%s' "$dom" | grep -o 'class="finding error"' | wc -l)
[ "$tables" -eq 3 ] || { echo "expected the 3 tables of 二 三 四 in the loaded page, found $tables" >&2; exit 1; }
[ "$marked" -eq 2 ] || { echo "expected 2 cells marked as errors, found $marked" >&2; exit 1; }
rm -f "$out/sample-report.png"
run --screenshot="$out/sample-report.png" --window-size=1200,2400 >/dev/null 2>&1
[ -s "$out/sample-report.png" ] || { echo "no screenshot written" >&2; exit 1; }
echo "screenshot: $out/sample-report.png"
