#!/usr/bin/env bash
# One user, curl in a loop: signs in and requests one page n times, printing p50 and p95 in ms.
# Usage: perf/timings.sh BASE_URL EMAIL PATH [N] [PASSWORD]
#   perf/timings.sh http://localhost:8182 teamleider1@schaal1.example /signals 100
set -euo pipefail
base=$1 email=$2 path=$3 n=${4:-100} password=${5:-tandem-demo}
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
csrf=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=$email" --data-urlencode "password=$password" \
	--data-urlencode "_csrf=$csrf" "$base/login"
status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$base$path")
[ "$status" = 200 ] || { echo "$path answered $status for $email" >&2; exit 1; }
for _ in $(seq 1 "$n"); do
	curl -s -o /dev/null -w '%{time_total}\n' -b "$jar" "$base$path"
done | sort -n | awk -v path="$path" '{ t[NR] = $1 * 1000 } END {
	printf "%s n=%d p50=%.0f p95=%.0f ms\n", path, NR, t[int(NR * 0.5 + 0.5)], t[int(NR * 0.95 + 0.5)] }'
