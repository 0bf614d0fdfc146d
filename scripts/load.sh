#!/usr/bin/env bash
# Load test: starts the packaged jar (-Xmx256m, loadtest profile) and drives POST /check with the
# corpus payloads on loopback with wrk, then two yardsticks that parse and validate the same JSON:
# /check-baseline answers a constant PASS, /check-replay the real answers remembered from an
# earlier check (the ceiling for rules that cost nothing), then POST /check/batch with 100 corpus
# drafts per request. Prints requests/s, p50/p99 latency, errors and the ratios, among them the
# drafts/s of the batch (requests/s x 100) against /check's requests/s.
#
#   scripts/load.sh [duration=30s] [threads=2] [connections=32]
#   ENDPOINTS="check batch" scripts/load.sh   # only some of check, baseline, replay, batch
#   SLICES=6 scripts/load.sh 60s              # /check and /check/batch only, in 6 alternating turns of
#                                             # 10 s: both get the same share of a shared machine
#   WARMUP=180s (default) before each measured run: on 2 cores with 32 connections /check and
#   /check-baseline each reached 90 % of their steady rate about three minutes after ready (RAMP)
#   RAMP=20s RAMP_WINDOWS=12 ENDPOINTS="check baseline" scripts/load.sh   # RAMP in seconds ("20s")
#                                 # how a fresh JVM speeds up: each endpoint in a JVM of its own,
#                                 # measured in back-to-back windows from ready, and when it first
#                                 # reached 90 % of its last three windows' rate; then exits
#   COLD=15s scripts/load.sh      # first, /check and /check-baseline each in a fresh JVM for the first 15 s
#                                 # after it reports ready (a new replica), and their ratio
#   COLD=15s COLD_ONLY=1 scripts/load.sh   # only that
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
jar="${JAR:-$(packaged_jar)}"
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

batch_size=100
endpoints="${ENDPOINTS:-check baseline replay batch}"

# One request body per line, as the corpus gives them; and one batch body per line: the 100
# drafts that follow each corpus draft, wrapping around, so every batch is a different mix.
python3 - "$corpus" "$work/payloads.jsonl" "$work/batches.jsonl" "$batch_size" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as src:
    requests = [json.loads(line)["request"] for line in src if line.strip()]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for request in requests:
        out.write(json.dumps(request, ensure_ascii=False) + "\n")
size = int(sys.argv[4])
with open(sys.argv[3], "w", encoding="utf-8") as out:
    for first in range(len(requests)):
        items = [requests[(first + i) % len(requests)] for i in range(size)]
        out.write(json.dumps({"items": items}, ensure_ascii=False) + "\n")
PY

write_bodies_lua "$work/corpus.lua"

# start_service: a fresh JVM of the jar; returns once /health answers UP (the engine's warm-up
# included), and prints how long that took from the launch. JAVA and JAVA_OPTS choose the JVM and
# its options (e.g. JAVA_OPTS="-XX:AOTCache=app.aot" with a jar of scripts/cds-archive.sh: JAR=...).
start_service() {
    local launched ready
    launched="$(date +%s%N)"
    # shellcheck disable=SC2086 # JAVA_OPTS holds several options
    "${JAVA:-java}" -Xmx256m -XX:+ExitOnOutOfMemoryError ${JAVA_OPTS:-} -jar "$jar" --server.port="$port" \
        --spring.profiles.active=loadtest --logging.level.root=WARN >>"$work/app.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 600); do
        curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    curl -fsS "http://127.0.0.1:$port/health" >/dev/null
    ready="$(date +%s%N)"
    echo "service ready $(( (ready - launched) / 1000000 )) ms after its launch"
}

stop_service() {
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=""
}

# The service's CPU time so far (user + system), in clock ticks.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
ticks_per_second="$(getconf CLK_TCK)"

warm() { # path payloads: long enough for the JIT to compile the rules
    # The timeout is wide because a batch of 100 drafts takes about a second on a loaded machine.
    PAYLOADS="$2" wrk -t"$threads" -c"$connections" -d"${WARMUP:-180s}" --timeout 10s -s "$work/corpus.lua" \
        "http://127.0.0.1:$port$1" >/dev/null
}

measure() { # name path payloads drafts-per-request duration: one measured run, added to the name's totals
    local out cpu_before cpu_after rps p50 p99 errors requests cpu
    cpu_before="$(cpu_ticks)"
    out="$(PAYLOADS="$3" wrk -t"$threads" -c"$connections" -d"$5" --timeout 10s --latency \
        -s "$work/corpus.lua" "http://127.0.0.1:$port$2")"
    cpu_after="$(cpu_ticks)"
    rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
    p50="$(awk '$1 == "50%" {print $2}' <<<"$out")"
    p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
    errors="$(awk '/Non-2xx|Socket errors/ {printf "%s ", $0}' <<<"$out")"
    requests="$(awk '/requests in/ {print $1}' <<<"$out")"
    # The service's CPU per draft: far steadier than requests/s when other work shares the machine.
    cpu="$(python3 -c "print(round(($cpu_after - $cpu_before) / $ticks_per_second * 1e6 / ($requests * $4), 1))")"
    printf '%-16s %10s req/s   p50 %8s   p99 %8s   service CPU %7s us/draft   errors: %s\n' \
        "$1" "$rps" "$p50" "$p99" "$cpu" "${errors:-none}"
    echo "$requests $((cpu_after - cpu_before)) ${5%s}" >>"$work/$1.runs"
}

# total NAME DRAFTS-PER-REQUEST: requests/s and CPU per draft over all of the name's measured runs.
total() {
    awk -v per="$2" -v tps="$ticks_per_second" '{r += $1; t += $2; s += $3}
        END {printf "%.1f %.1f\n", r / s, t / tps * 1e6 / (r * per)}' "$work/$1.runs"
}
rps_of() { total "$1" "${2:-1}" | cut -d' ' -f1; }

echo "wrk: $threads threads, $connections connections, $duration, $(wc -l <"$work/payloads.jsonl") corpus payloads, -Xmx256m"
if [[ -n "${COLD:-}" ]]; then
    # How a new replica fares: each endpoint in a JVM of its own, measured from the moment the
    # service reports ready, without a warm-up of wrk's.
    for endpoint in check baseline; do
        start_service
        path=/check
        [[ "$endpoint" == baseline ]] && path=/check-baseline
        measure "cold-$endpoint" "$path" "$work/payloads.jsonl" 1 "$COLD"
        stop_service
    done
    echo "cold ratio /check : /check-baseline, first $COLD after ready = $(python3 -c "print(round($(total cold-check 1 | cut -d' ' -f1) / $(total cold-baseline 1 | cut -d' ' -f1), 3))")"
fi
[[ -n "${COLD_ONLY:-}" ]] && exit 0
if [[ -n "${RAMP:-}" ]]; then
    windows="${RAMP_WINDOWS:-12}"
    for endpoint in $endpoints; do
        case "$endpoint" in
            check) path=/check ;;
            baseline) path=/check-baseline ;;
            replay) path=/check-replay ;;
            *) continue ;;
        esac
        echo "ramp of $path: $windows windows of $RAMP from ready"
        start_service
        for window in $(seq 1 "$windows"); do
            measure "ramp-$endpoint-$window" "$path" "$work/payloads.jsonl" 1 "$RAMP"
        done
        stop_service
        python3 - "$work" "$endpoint" "$windows" "${RAMP%s}" <<'PY'
import sys
work, endpoint, windows, seconds = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
rates = []
for w in range(1, windows + 1):
    requests, _ticks, duration = open(f"{work}/ramp-{endpoint}-{w}.runs").read().split()
    rates.append(int(requests) / int(duration))
steady = sum(rates[-3:]) / len(rates[-3:])
first = next(i for i, r in enumerate(rates) if r >= 0.9 * steady)
print(f"{endpoint}: steady {steady:.0f} req/s (last three windows); 90 % of it first in window {first + 1}, "
      f"{(first + 1) * seconds} s after ready")
PY
    done
    exit 0
fi
start_service
slices="${SLICES:-1}"
wants() { [[ " $endpoints " == *" $1 "* ]]; }
if [[ "$slices" -gt 1 ]]; then
    # /check and /check/batch in turns, so both see the same share of whatever else runs here.
    slice="$(( ${duration%s} / slices ))s"
    echo "/check and /check/batch in $slices turns of $slice each, after a warm-up of each"
    warm /check "$work/payloads.jsonl"
    warm /check/batch "$work/batches.jsonl"
    for _ in $(seq 1 "$slices"); do
        measure check /check "$work/payloads.jsonl" 1 "$slice"
        measure batch /check/batch "$work/batches.jsonl" "$batch_size" "$slice"
    done
    endpoints="check batch"
    read -r check_rps check_cpu <<<"$(total check 1)"
    read -r batch_rps batch_cpu <<<"$(total batch "$batch_size")"
    echo "all turns: /check $check_rps req/s, $check_cpu us CPU/draft; /check/batch $batch_rps req/s, $batch_cpu us CPU/draft"
else
    run() { # name path [payloads file] [drafts per request]
        warm "$2" "${3:-$work/payloads.jsonl}"
        measure "$1" "$2" "${3:-$work/payloads.jsonl}" "${4:-1}" "$duration"
    }
    wants check && run check /check
    wants baseline && run baseline /check-baseline
    wants replay && run replay /check-replay
    wants batch && run batch /check/batch "$work/batches.jsonl" "$batch_size"
fi
ratio() { python3 -c "print(round($(rps_of "$1") / $(rps_of "$2"), 3))"; }
if wants check && wants baseline; then
    echo "ratio /check : /check-baseline = $(ratio check baseline)"
fi
if wants replay && wants baseline; then
    echo "ceiling /check-replay : /check-baseline = $(ratio replay baseline) (the real answers, no rule work)"
fi
if wants batch; then
    drafts="$(python3 -c "print(round($(rps_of batch) * $batch_size))")"
    echo "batch: $drafts drafts/s ($batch_size per request)"
    if wants check; then
        echo "ratio batch drafts/s : /check req/s = $(python3 -c "print(round($drafts / $(rps_of check), 2))")"
    fi
fi
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
