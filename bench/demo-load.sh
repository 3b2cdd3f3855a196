#!/bin/bash
# Times a first start with the demo data: the app on a fresh embedded PostgreSQL (a temporary APP_EMBEDDED_DB_DIR),
# stopped once the demo runners have finished; prints the start-up and per-runner durations from the log.
# Usage: bench/demo-load.sh [log file]   (after ./mvnw -o compile; PORT defaults to 18391)
set -u
cd "$(dirname "$0")/.."
LOG=${1:-$(mktemp)}
CP=$(mktemp)
./mvnw -B -ntp -q -o dependency:build-classpath -Dmdep.outputFile="$CP" >/dev/null
DIR=$(mktemp -d)
APP_EMBEDDED_DB_DIR=$DIR PORT=${PORT:-18391} java -cp "target/classes:$(cat "$CP")" \
    ru.edu.mentoring.MentoringApplication >"$LOG" 2>&1 &
PID=$!
for _ in $(seq 1 900); do
  grep -q "Demo data in place" "$LOG" && break
  kill -0 $PID 2>/dev/null || break
  sleep 1
done
kill $PID; wait $PID 2>/dev/null
rm -rf "$DIR" "$CP"
grep -E "Successfully applied|Started MentoringApplication|Demo .* in [0-9]+ ms|Demo data in place" "$LOG" \
    | sed -E 's/^([^ ]+) .* : /\1 /'
