#!/bin/sh
# ogi convert --to csv|md|html|txt as a user runs it: many reports make one CSV with one header; the other
# formats take one report; bad options are usage errors (exit 2).
# usage: render_tool_test.sh OGI FIXTURES_DIR OUT_DIR
set -eu
ogi=$1 reports=$2/reports out=$3
mkdir -p "$out"
longhua=$reports/2020_longhua-data-bureau.expected.json
huaian=$reports/2024_huaian-city.expected.json
fail() { echo "FAIL: $*" >&2; exit 1; }

"$ogi" convert --to csv "$longhua" "$huaian" > "$out/two.csv"
[ "$(grep -c '^agency,' "$out/two.csv")" -eq 1 ] || fail "one header for two reports"
[ "$(wc -l < "$out/two.csv")" -eq $((1 + 198 + 200)) ] || fail "a line per cell of both reports"
grep -q '^深圳市龙华区政务服务数据管理局,2020,2019,applications,outcomes/unable_to_provide/not_held,total,1.本机关不掌握相关政府信息,总计,0,' "$out/two.csv" ||
    fail "Longhua's not_held total"
"$ogi" convert --to csv --wide "$longhua" "$huaian" > "$out/wide.csv"
[ "$(wc -l < "$out/wide.csv")" -eq $((1 + 23 + 25)) ] || fail "a line per matrix row with --wide"

"$ogi" convert --to html --lang en "$longhua" -o "$out/longhua.html"
grep -q '<table' "$out/longhua.html" || fail "html has the tables"
"$ogi" convert --to md "$longhua" | grep -q '^| 政府集中采购 | 9 | 456880 元 |  |$' || fail "md table row"
"$ogi" convert --to txt "$huaian" | grep -q '^行政事业性收费 96171.6 万元$' || fail "txt row"

# The sample's published text: validated by default, the cells the correction changes marked; --no-findings not.
sample=$reports/2020_longhua-data-bureau.txt
"$ogi" convert --to html "$sample" > "$out/sample.html" 2>/dev/null
[ "$(grep -o 'class="finding correction error"' "$out/sample.html" | wc -l)" -eq 2 ] || fail "html marks the 2 corrected cells"
grep -q '<span class="should-be">应为 1</span>' "$out/sample.html" || fail "html says 应为 1"
"$ogi" convert --to html --lang en "$sample" 2>/dev/null | grep -q '<span class="should-be">should be 1</span>' ||
    fail "html --lang en says should be 1"
"$ogi" convert --to html --no-findings "$sample" 2>/dev/null | grep -q 'class="finding' && fail "--no-findings marks nothing"
"$ogi" convert --to md "$sample" 2>/dev/null | grep -q '0 ⚠2,3 → \*\*应为 1\*\* |$' || fail "md marks the correction"
"$ogi" convert --to txt --lang en "$sample" 2>/dev/null | grep -q '^三、本年度办理结果 ›（七）总计 › 总计: 0 → should be 1$' ||
    fail "txt lists the correction"
"$ogi" convert --to txt --no-findings "$sample" 2>/dev/null | grep -q '检查发现的问题' && fail "txt --no-findings lists nothing"

status=0; "$ogi" convert --to html "$longhua" "$huaian" > /dev/null 2>&1 || status=$?
[ "$status" -eq 2 ] || fail "two reports into one page is a usage error (got $status)"
status=0; "$ogi" convert --to html --lang fr "$longhua" > /dev/null 2>&1 || status=$?
[ "$status" -eq 2 ] || fail "--lang fr is a usage error (got $status)"
status=0; "$ogi" convert --to md --wide "$longhua" > /dev/null 2>&1 || status=$?
[ "$status" -eq 2 ] || fail "--wide without csv is a usage error (got $status)"
"$ogi" convert --to csv --bom "$longhua" > "$out/bom.csv"
[ "$(head -c 9 "$out/bom.csv")" = "$(printf '\357\273\277agency')" ] || fail "--bom puts the UTF-8 byte order mark before the header"
[ "$(tail -c +4 "$out/bom.csv")" = "$("$ogi" convert --to csv "$longhua")" ] || fail "--bom adds nothing but the mark"
status=0; "$ogi" convert --to md --bom "$longhua" > /dev/null 2>&1 || status=$?
[ "$status" -eq 2 ] || fail "--bom without csv is a usage error (got $status)"
echo ok
