#!/usr/bin/env bash
# Load test of the ledger: starts the packaged jar (-Xmx256m) on H2 (the embedded default, in a
# temporary folder) or on a throwaway PostgreSQL cluster with its default durability, then with wrk:
#
#  1. POST /check with the corpus payloads, without context.orderId and with it (orders of a pool,
#     500 of which have a recorded message, 50 a review request), in turns: the ratio of the rates
#     is what the ledger look-up costs /check;
#  2. POST /messages: compliant drafts, each a new messageId, for orders of the pool (one in ten a
#     review request for an order of its own): records/s = recorded messages (the
#     messageguard_ledger_records_total metric) over the run's seconds.
#
#   scripts/ledger-load.sh [h2|postgres] [duration=20s] [threads=2] [connections=32]
#   WARMUP=120s (default) of each kind of request before the measured runs; ROUNDS=3 pairs of
#   /check runs.
#
# Needs: the jar (./mvnw -DskipTests package), wrk (installed with apt-get when missing), python3,
# and for postgres Debian's postgresql server binaries (initdb, pg_ctl), run as nobody when root.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/wrk-setup.sh
source scripts/wrk-setup.sh
database="${1:-h2}"
duration="${2:-20s}"
threads="${3:-2}"
connections="${4:-32}"
warmup="${WARMUP:-120s}"
port="${LOAD_PORT:-18182}"
orders="${ORDERS:-2000}"
corpus="${CORPUS:-src/test/resources/corpus/cases.jsonl}"

case "$database" in
    h2 | postgres) ;;
    *) echo "usage: $0 [h2|postgres] [duration] [threads] [connections]" >&2; exit 2 ;;
esac
require_free_port "$port"
jar="$(packaged_jar)"
ensure_wrk

work="$(mktemp -d)"
pid=""
pg_bin=""
run_as=()
cleanup() {
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    if [[ -n "$pg_bin" && -f "$work/pg/data/postmaster.pid" ]]; then
        "${run_as[@]}" "$pg_bin/pg_ctl" -D "$work/pg/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

datasource=()
if [[ "$database" == postgres ]]; then
    pg_bin="$(compgen -G '/usr/lib/postgresql/*/bin' | sort -V | tail -n 1 || true)"
    [[ -x "$pg_bin/initdb" ]] || { echo "no PostgreSQL server binaries under /usr/lib/postgresql/*/bin" >&2; exit 2; }
    mkdir -p "$work/pg"
    if [[ $(id -u) -eq 0 ]]; then
        chmod 755 "$work"
        chown nobody "$work/pg"
        run_as=(runuser -u nobody --)
    fi
    pg_port="$((port + 1))"
    "${run_as[@]}" "$pg_bin/initdb" -D "$work/pg/data" -U postgres -A trust -E UTF8 --locale=C >/dev/null
    # Default durability (fsync, synchronous_commit): a 201 is on disk, as in production.
    "${run_as[@]}" "$pg_bin/pg_ctl" -D "$work/pg/data" -l "$work/pg/log" -w \
        -o "-p $pg_port -h 127.0.0.1 -k $work/pg" start >/dev/null
    datasource=(--spring.datasource.url="jdbc:postgresql://127.0.0.1:$pg_port/postgres"
        --spring.datasource.username=postgres)
fi

# Payloads: the corpus requests (for /check), the same with an order id, and a compliant draft
# template for POST /messages.
python3 - "$corpus" "$work" "$orders" <<'PY'
import json, random, sys
corpus, work, orders = sys.argv[1], sys.argv[2], int(sys.argv[3])
random.seed(16)
order_ids = ["113-%07d-%07d" % (1000000 + i, random.randrange(10**7)) for i in range(orders)]
with open(corpus, encoding="utf-8") as src, \
        open(work + "/check.jsonl", "w", encoding="utf-8") as plain, \
        open(work + "/check-order.jsonl", "w", encoding="utf-8") as with_order:
    for line in src:
        if not line.strip():
            continue
        request = json.loads(line)["request"]
        plain.write(json.dumps(request, ensure_ascii=False) + "\n")
        request = dict(request)
        context = dict(request.get("context") or {})
        context["orderId"] = random.choice(order_ids)
        request["context"] = context
        with_order.write(json.dumps(request, ensure_ascii=False) + "\n")
with open(work + "/orders.txt", "w") as out:
    out.write("\n".join(order_ids) + "\n")
PY

write_bodies_lua "$work/bodies.lua"

# Each request a new messageId (thread id, counter, run id); 1 in 10 a review request for an
# order of its own, the rest customization questions about orders of the pool. The account's
# averageDailyOrders puts daily-limit far above what the run sends, so every draft is recorded.
cat >"$work/messages.lua" <<'LUA'
local orders = {}
for line in io.lines(os.getenv("ORDERS_FILE")) do orders[#orders + 1] = line end
local run = os.getenv("RUN_ID")
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
local n = 0
request = function()
  n = n + 1
  local id = run .. "-" .. tid .. "-" .. n
  local body
  if n % 10 == 0 then
    local order = "114-" .. tid .. "-" .. run .. "-" .. n
    body = '{"messageId":"' .. id .. '","body":"Hello, we hope you are enjoying the lamp from order ' .. order ..
      '. Would you take a moment to leave a review of your purchase on Amazon?","contactReason":"FEEDBACK_REQUEST",' ..
      '"orderAgeDays":12,"daysSinceDelivery":7,"context":{"orderId":"' .. order .. '","averageDailyOrders":1000000}}'
  else
    local order = orders[math.random(#orders)]
    body = '{"messageId":"' .. id .. '","body":"Hello, could you confirm the name to engrave on your order ' .. order ..
      '?","contactReason":"CUSTOMIZATION","orderAgeDays":3,"context":{"orderId":"' .. order ..
      '","averageDailyOrders":1000000}}'
  end
  return wrk.format("POST", "/messages", { ["Content-Type"] = "application/json" }, body)
end
LUA

mkdir -p "$work/app"
(cd "$work/app" && exec java -Xmx256m -XX:+ExitOnOutOfMemoryError -jar "$jar" --server.port="$port" \
    --logging.level.root=WARN "${datasource[@]}" >"$work/app.log" 2>&1) &
pid=$!
for _ in $(seq 1 240); do
    curl -fsS "http://127.0.0.1:$port/health/readiness" >/dev/null 2>&1 && break
    kill -0 "$pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
    sleep 0.5
done
curl -fsS "http://127.0.0.1:$port/health/readiness" >/dev/null

recorded() {
    curl -fsS "http://127.0.0.1:$port/metrics" | awk '/^messageguard_ledger_records_total\{outcome="recorded"\}/ {print $2}'
}

# summary NAME WRK_OUTPUT: prints requests/s, p50, p99 and errors, keeps the rate in $work/NAME.rps
summary() {
    local rps p50 p99 errors
    rps="$(awk '/Requests\/sec/ {print $2}' <<<"$2")"
    p50="$(awk '$1 == "50%" {print $2}' <<<"$2")"
    p99="$(awk '$1 == "99%" {print $2}' <<<"$2")"
    errors="$(awk '/Non-2xx|Socket errors/ {printf "%s ", $0}' <<<"$2")"
    printf '%-22s %10s req/s   p50 %8s   p99 %8s   %s\n' "$1" "$rps" "$p50" "$p99" "${errors:-no errors}"
    echo "$rps" >"$work/$1.rps"
}

# cpu_ticks: CPU time (user + system, in clock ticks) used so far by the jar, and by the
# PostgreSQL server's processes (0 on H2): what one kind of request costs each side.
cpu_ticks() {
    local pg=0 jvm child
    jvm="$(awk '{print $14 + $15}' "/proc/$pid/stat")"
    if [[ -n "$pg_bin" ]]; then
        local postmaster
        postmaster="$(head -n 1 "$work/pg/data/postmaster.pid")"
        for child in "$postmaster" $(pgrep -P "$postmaster"); do
            pg=$((pg + $(awk '{print $14 + $15}' "/proc/$child/stat" 2>/dev/null || echo 0)))
        done
    fi
    echo "$jvm $pg"
}

echo "ledger on $database; wrk: $threads threads, $connections connections, $duration measured after $warmup, -Xmx256m"

# The ledger holds what a working day leaves: 500 of the pool's orders with a message, 50 of them
# with a review request (below the daily limit, so /check's answers stay those of the corpus).
python3 - "$port" "$work/orders.txt" <<'PY'
import json, sys, urllib.request
port, orders = sys.argv[1], open(sys.argv[2]).read().split()
for i, order in enumerate(orders[:500]):
    review = i % 10 == 0
    body = ("Hello, we hope you are enjoying the lamp from order %s. Would you take a moment to leave a review "
            "of your purchase on Amazon?" if review else "Hello, could you confirm the name to engrave on your order %s?") % order
    draft = {"messageId": "seed-%d" % i, "body": body, "contactReason": "FEEDBACK_REQUEST" if review else "CUSTOMIZATION",
             "orderAgeDays": 12 if review else 3, "context": {"orderId": order}}
    if review:
        draft["daysSinceDelivery"] = 7
    request = urllib.request.Request("http://127.0.0.1:%s/messages" % port, json.dumps(draft).encode(),
                                     {"Content-Type": "application/json"})
    assert urllib.request.urlopen(request).status == 201
PY

# 1. /check without and with an order id, in turns on the same warmed-up JVM (ROUNDS pairs, the
# order alternating), so that a JIT still warming or a neighbour's load weighs on both alike
for variant in check check-order; do
    PAYLOADS="$work/$variant.jsonl" wrk -t"$threads" -c"$connections" -d"$warmup" -s "$work/bodies.lua" \
        "http://127.0.0.1:$port/check" >/dev/null
done
: >"$work/rates"
for round in $(seq 1 "${ROUNDS:-3}"); do
    if ((round % 2)); then order=(check check-order); else order=(check-order check); fi
    for variant in "${order[@]}"; do
        read -r jvm_before pg_before <<<"$(cpu_ticks)"
        out="$(PAYLOADS="$work/$variant.jsonl" wrk -t"$threads" -c"$connections" -d"$duration" --latency \
            -s "$work/bodies.lua" "http://127.0.0.1:$port/check")"
        read -r jvm_after pg_after <<<"$(cpu_ticks)"
        summary "$variant" "$out"
        requests="$(awk '/requests in/ {print $1}' <<<"$out")"
        echo "$variant $(cat "$work/$variant.rps") $((jvm_after - jvm_before)) $((pg_after - pg_before)) $requests" >>"$work/rates"
    done
done
# CPU per request: clock ticks (getconf CLK_TCK a second) over the requests the runs served.
awk -v hz="$(getconf CLK_TCK)" '{rps[$1] += $2; jvm[$1] += $3; pg[$1] += $4; req[$1] += $5; n[$1]++}
    END {printf "mean: /check %.0f req/s, with context.orderId %.0f req/s: ratio %.3f\n",
        rps["check"] / n["check"], rps["check-order"] / n["check-order"], rps["check-order"] / rps["check"]
        for (v in n) printf "  CPU per request, %-11s: the jar %.0f us, PostgreSQL %.0f us\n", v,
            1e6 * jvm[v] / hz / req[v], 1e6 * pg[v] / hz / req[v]}' "$work/rates"
curl -fsS "http://127.0.0.1:$port/metrics" \
    | awk '/^messageguard_ledger_lookup_seconds_(sum|count) / {v[$1] = $2} /^messageguard_ledger_unavailable_total/ {print "  " $0}
        END {if (v["messageguard_ledger_lookup_seconds_count"] > 0) printf "  mean ledger look-up: %.1f us over %d look-ups\n",
            1e6 * v["messageguard_ledger_lookup_seconds_sum"] / v["messageguard_ledger_lookup_seconds_count"], v["messageguard_ledger_lookup_seconds_count"]}'
# 2. records/s
ORDERS_FILE="$work/orders.txt" RUN_ID="w$RANDOM" wrk -t"$threads" -c"$connections" -d"$warmup" \
    -s "$work/messages.lua" "http://127.0.0.1:$port" >/dev/null
before="$(recorded)"
started="$(date +%s.%N)"
out="$(ORDERS_FILE="$work/orders.txt" RUN_ID="m$RANDOM" wrk -t"$threads" -c"$connections" -d"$duration" --latency \
    -s "$work/messages.lua" "http://127.0.0.1:$port")"
ended="$(date +%s.%N)"
after="$(recorded)"
summary "messages" "$out"
python3 -c "print('records/s: %.0f (%d recorded in %.1f s)' % (($after - $before) / ($ended - $started), $after - $before, $ended - $started))"

rss="$(awk '/VmRSS/ {print $2 " " $3}' "/proc/$pid/status" 2>/dev/null || true)"
echo "resident memory of the jar after the runs: ${rss:-unknown}"
if grep -q OutOfMemoryError "$work/app.log"; then
    echo "OutOfMemoryError in the service log" >&2
    exit 1
fi
