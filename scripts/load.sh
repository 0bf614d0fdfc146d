#!/usr/bin/env bash
# Load test: starts the packaged jar (-Xmx256m, loadtest profile) and drives POST /check with the
# corpus payloads on loopback with wrk, then two yardsticks that parse and validate the same JSON:
# /check-baseline answers a constant PASS, /check-replay the real answers remembered from an
# earlier check (the ceiling for rules that cost nothing). Prints requests/s, p50/p99 latency,
# errors and the ratios.
#
#   scripts/load.sh [duration=30s] [threads=2] [connections=32]
#   WARMUP=120s (default) before each measured run: on 2 cores the JIT needs about two minutes
#   under load before /check reaches its steady rate
#   SOAK_SECONDS=300 scripts/load.sh   # then a soak: /check for 5 minutes, live heap after a full GC every minute
#
# Needs: the jar (./mvnw -DskipTests package), wrk (installed with apt-get when missing), python3.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/wrk-setup.sh
source scripts/wrk-setup.sh
duration="${1:-30s}"
threads="${2:-2}"
connections="${3:-32}"
port="${LOAD_PORT:-18181}"
require_free_port "$port"
jar="$(packaged_jar)"
corpus="${CORPUS:-src/test/resources/corpus/cases.jsonl}"
ensure_wrk
work="$(mktemp -d)"

pid=""
cleanup() {
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# One request body per line, as the corpus gives them.
python3 - "$corpus" "$work/payloads.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as src, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in src:
        if line.strip():
            out.write(json.dumps(json.loads(line)["request"], ensure_ascii=False) + "\n")
PY

write_bodies_lua "$work/corpus.lua"

java -Xmx256m -XX:+ExitOnOutOfMemoryError -jar "$jar" --server.port="$port" --spring.profiles.active=loadtest \
    --logging.level.root=WARN >"$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
    sleep 0.5
done
curl -fsS "http://127.0.0.1:$port/health" >/dev/null

run() { # name path
    local out
    # A warm-up long enough for the JIT to compile the rules, then the measured run.
    PAYLOADS="$work/payloads.jsonl" wrk -t"$threads" -c"$connections" -d"${WARMUP:-120s}" -s "$work/corpus.lua" \
        "http://127.0.0.1:$port$2" >/dev/null
    out="$(PAYLOADS="$work/payloads.jsonl" wrk -t"$threads" -c"$connections" -d"$duration" --latency \
        -s "$work/corpus.lua" "http://127.0.0.1:$port$2")"
    local rps p50 p99 errors
    rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
    p50="$(awk '$1 == "50%" {print $2}' <<<"$out")"
    p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
    errors="$(awk '/Non-2xx|Socket errors/ {printf "%s ", $0}' <<<"$out")"
    printf '%-16s %10s req/s   p50 %8s   p99 %8s   errors: %s\n' "$1" "$rps" "$p50" "$p99" "${errors:-none}"
    echo "$rps" >"$work/$1.rps"
}

echo "wrk: $threads threads, $connections connections, $duration, $(wc -l <"$work/payloads.jsonl") corpus payloads, -Xmx256m"
run check /check
run baseline /check-baseline
run replay /check-replay
ratio() { python3 -c "print(round($(cat "$work/$1.rps") / $(cat "$work/$2.rps"), 3))"; }
echo "ratio /check : /check-baseline = $(ratio check baseline)"
echo "ceiling /check-replay : /check-baseline = $(ratio replay baseline) (the real answers, no rule work)"
heap="$(jcmd "$pid" GC.heap_info 2>/dev/null | head -n 3 | tr -s ' ' || true)"
echo "heap after the run: ${heap:-(jcmd not available)}"

# live_heap: the heap in use right after a full collection, in KB (what survives, not garbage).
live_heap() {
    jcmd "$pid" GC.run >/dev/null 2>&1 || true
    jcmd "$pid" GC.heap_info 2>/dev/null | awk '/total/ {for (i = 1; i <= NF; i++) if ($i == "used") {print $(i + 1); exit}}'
}

if [[ -n "${SOAK_SECONDS:-}" ]]; then
    echo "soak: /check for ${SOAK_SECONDS}s; live heap after a full GC, once a minute:"
    echo "  start: $(live_heap)"
    PAYLOADS="$work/payloads.jsonl" wrk -t"$threads" -c"$connections" -d"${SOAK_SECONDS}s" -s "$work/corpus.lua" \
        "http://127.0.0.1:$port/check" >"$work/soak.txt" &
    soak=$!
    for minute in $(seq 1 $((SOAK_SECONDS / 60))); do
        sleep 60
        echo "  minute $minute: $(live_heap)"
    done
    wait "$soak"
    echo "  soak: $(awk '/Requests\/sec/ {print $2 " req/s"}' "$work/soak.txt"), $(awk '/Non-2xx|Socket errors/' "$work/soak.txt" | tr '\n' ' ')"
    echo "  end: $(live_heap)"
fi
if grep -q OutOfMemoryError "$work/app.log"; then
    echo "OutOfMemoryError in the service log" >&2
    exit 1
fi
