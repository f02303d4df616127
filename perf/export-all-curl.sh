#!/usr/bin/env bash
# The research export of every scale organisation in turn (one at a time), as each organisation's
# administrator: together they export all 100,000 trajectories of the data set.
#   perf/export-all-curl.sh http://localhost:8183 [organisations]
set -euo pipefail
BASE=${1:-http://localhost:8080}
ORGANISATIONS=${2:-50}
JAR=$(mktemp -d)
TOTAL_LINES=0
START=$(date +%s.%N)
for n in $(seq 1 "$ORGANISATIONS"); do
  rm -f "$JAR/c"
  CSRF=$(curl -s -c "$JAR/c" -b "$JAR/c" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  curl -s -o /dev/null -c "$JAR/c" -b "$JAR/c" -d "email=admin@schaal$n.example&password=tandem-demo&_csrf=$CSRF" "$BASE/login"
  CSRF=$(curl -s -b "$JAR/c" "$BASE/reports/research-export" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  EXPORT=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$JAR/c" --data-urlencode "_csrf=$CSRF" "$BASE/reports/research-export" | sed 's#^https\?://[^/]*##')
  T=$(curl -s -o "$JAR/e.csv" -w '%{time_total}' -b "$JAR/c" "$BASE$EXPORT.csv")
  LINES=$(($(wc -l < "$JAR/e.csv") - 1))
  TOTAL_LINES=$((TOTAL_LINES + LINES))
  echo "organisation $n: $LINES lines in $T s"
done
END=$(date +%s.%N)
echo "all $ORGANISATIONS organisations: $TOTAL_LINES lines, $(echo "$END - $START" | bc) s including sign-ins"
rm -rf "$JAR"
