#!/usr/bin/env bash
# What spelling-grammar costs the service: starts the packaged jar once per preload setting
# (none, each language alone, all five) and prints the start-up time ("Started ... in"), the CPU
# time the JVM had used by then (steadier than the wall time on a busy machine), the live heap after
# a full GC and the LanguageTool classes loaded. Without a preload it then shows that a
# check without checkGrammar loads nothing of LanguageTool, and what the first English grammar
# check costs (the language loads then).
#
#   scripts/grammar-footprint.sh [preload settings...]   # default: "" en de fr es it en,de,fr,es,it
#
# Needs: the jar (./mvnw -DskipTests package), curl, jcmd (the JDK's).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
port="${FOOTPRINT_PORT:-18191}"
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is in use: stop what listens there or set FOOTPRINT_PORT" >&2
    exit 1
fi
jar=""
for candidate in target/message-guard-*.jar; do
    [[ -f "$candidate" && "$candidate" != *original* ]] && jar="$candidate" && break
done
if [[ -z "$jar" ]]; then
    echo "no jar in target/: run ./mvnw -DskipTests package first" >&2
    exit 2
fi
if [[ $# -gt 0 ]]; then
    settings=("$@")
else
    settings=("" en de fr es it "en,de,fr,es,it")
fi
log="$(mktemp)"
pid=""
stop() {
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    pid=""
}
trap 'stop; rm -f "$log"' EXIT

live_heap_mb() {
    jcmd "$pid" GC.run >/dev/null
    sleep 1
    # "garbage-first heap   total 262144K, used 61234K" (the first "used" is the whole heap's)
    jcmd "$pid" GC.heap_info | grep -o 'used [0-9]*K' | head -n 1 | tr -dc '0-9' | awk '{printf "%.0f", $1 / 1024}'
}

cpu_seconds() { # user + system time of the JVM so far
    awk -v tick="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / tick}' "/proc/$pid/stat"
}

languagetool_classes() {
    jcmd "$pid" VM.class_hierarchy | grep -c 'org\.languagetool\.' || true
}

check() { # json
    curl -sS -o /dev/null -w '%{time_total}' -H 'Content-Type: application/json' -d "$1" "http://127.0.0.1:$port/check"
}

printf '%-16s %12s %8s %14s %20s\n' preload "start-up" "CPU" "live heap" "LanguageTool classes"
for preload in "${settings[@]}"; do
    java -jar "$jar" --server.port="$port" --messageguard.grammar.preload="$preload" --messageguard.grammar.timeout=60s \
        >"$log" 2>&1 &
    pid=$!
    for _ in $(seq 1 240); do
        curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
        sleep 0.5
    done
    curl -fsS "http://127.0.0.1:$port/health" >/dev/null
    started="$(grep -o 'Started MessageGuardApplication in [0-9.]* seconds' "$log" | grep -o '[0-9.]* seconds')"
    cpu="$(cpu_seconds)"
    printf '%-16s %12s %6s s %11s MB %20s\n' "${preload:-none}" "$started" "$cpu" "$(live_heap_mb)" "$(languagetool_classes)"
    if [[ -z "$preload" ]]; then
        check '{"body":"Your order ships today.","contactReason":"BUYER_INQUIRY_REPLY","orderAgeDays":3}' >/dev/null
        echo "  after a check without checkGrammar: $(languagetool_classes) LanguageTool classes"
        first="$(check '{"body":"Your ordr ships today.","contactReason":"BUYER_INQUIRY_REPLY","orderAgeDays":3,"checkGrammar":true}')"
        second="$(check '{"body":"Your parcel ships today.","contactReason":"BUYER_INQUIRY_REPLY","orderAgeDays":3,"checkGrammar":true}')"
        echo "  first English grammar check (loads English): ${first} s, the next: ${second} s;" \
            "then $(live_heap_mb) MB live, $(languagetool_classes) LanguageTool classes"
    fi
    stop
done
