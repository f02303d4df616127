#!/usr/bin/env bash
# One user, curl in a loop (a lighter client than Gatling, so the server has the cores): the figures of an
# organisation, the progress report PDF (generated: texts checked, PDF rendered and stored) and the research
# export of an organisation, each timed by curl (total, in ms). Server-side times are in Tomcat's access log
# when it is switched on (see docs/performance.md).
#   perf/reports-curl.sh http://localhost:8183 [rounds]
set -euo pipefail
BASE=${1:-http://localhost:8080}
ROUNDS=${2:-50}
PASSWORD=${PASSWORD:-tandem-demo}
JAR=$(mktemp -d)

login() { # $1 = email, $2 = cookie jar
  local csrf
  csrf=$(curl -s -c "$2" -b "$2" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  curl -s -o /dev/null -c "$2" -b "$2" -d "email=$1&password=$PASSWORD&_csrf=$csrf" "$BASE/login"
}

csrf_of() { # $1 = page, $2 = cookie jar
  curl -s -b "$2" "$BASE$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'
}

stats() { # name, then times in ms on stdin
  sort -n | awk -v name="$1" '{ t[NR] = $1 } END { printf "%-40s n=%d p50=%d p95=%d max=%d\n", name, NR, t[int(NR*0.5+0.5)], t[int(NR*0.95+0.5)], t[NR] }'
}

timed() { # url, jar -> ms
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -b "$2" "$BASE$1" | awk '{ if ($1 != 200) { print "HTTP " $1 > "/dev/stderr"; exit 1 } printf "%d\n", $2 * 1000 }'
}

# the figures of organisation 1 (the last year), as its administrator
login admin@schaal1.example "$JAR/admin"
for i in $(seq 1 5); do timed /reports/analytics "$JAR/admin" > /dev/null; done
for i in $(seq 1 "$ROUNDS"); do timed /reports/analytics "$JAR/admin"; done | stats "analytics dashboard (admin, 1 year)"
for i in $(seq 1 "$ROUNDS"); do timed /reports/analytics.csv "$JAR/admin"; done | stats "analytics csv"

# the progress report of period 1 of an active trajectory of coach1, generated
login coach1@schaal1.example "$JAR/coach"
TRAJECTORY=$(curl -s -b "$JAR/coach" "$BASE/trajectories?phase=ACTIVE" | grep -o 'href="/trajectories/[0-9]*"' | head -1 | grep -o '[0-9]*')
for i in $(seq 1 "$ROUNDS"); do
  CSRF=$(csrf_of "/trajectories/$TRAJECTORY/reports/progress/1" "$JAR/coach")
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -b "$JAR/coach" \
    --data-urlencode "_csrf=$CSRF" --data-urlencode "texts[wentWell]=Zelfstandig de ochtendronde gedaan." \
    --data-urlencode "texts[attention]=Het tempo in de drukke weken." --data-urlencode "texts[nextPeriod]=Vaker zelf om hulp vragen." \
    "$BASE/trajectories/$TRAJECTORY/reports/progress/1" | awk '{ if ($1 != 302) { print "HTTP " $1 > "/dev/stderr"; exit 1 } printf "%d\n", $2 * 1000 }'
done | stats "progress report pdf (generate and store)"
PDF=$(curl -s -b "$JAR/coach" "$BASE/trajectories/$TRAJECTORY/reports" | grep -o 'href="/trajectories/[0-9]*/reports/[0-9]*\.pdf"' | head -1 | sed 's/href="//;s/"//')
for i in $(seq 1 "$ROUNDS"); do timed "$PDF" "$JAR/coach"; done | stats "progress report pdf (stored, download)"

# the research export of organisation 1, as its administrator
for i in 1 2 3; do
  CSRF=$(csrf_of /reports/research-export "$JAR/admin")
  EXPORT=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$JAR/admin" --data-urlencode "_csrf=$CSRF" "$BASE/reports/research-export" | sed 's#^https\?://[^/]*##')
  curl -s -o "$JAR/export.csv" -w "research export $EXPORT: %{http_code} %{time_total} s, first byte %{time_starttransfer} s, " -b "$JAR/admin" "$BASE$EXPORT.csv"
  echo "$(($(wc -l < "$JAR/export.csv") - 1)) lines"
done
rm -rf "$JAR"
