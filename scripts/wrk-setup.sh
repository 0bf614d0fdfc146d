#!/usr/bin/env bash
# What the wrk load tests (scripts/load.sh, scripts/ledger-load.sh) share; sourced, from the
# repository's root folder.

# require_free_port PORT: another process on the port would answer the health check and be
# measured instead of the jar.
require_free_port() {
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
        echo "port $1 is in use: stop what listens there or set LOAD_PORT" >&2
        exit 1
    fi
}

# packaged_jar: the absolute path of the jar in target/, or the reason there is none.
packaged_jar() {
    local candidate
    for candidate in target/message-guard-*.jar; do
        if [[ -f "$candidate" && "$candidate" != *original* ]]; then
            echo "$PWD/$candidate"
            return 0
        fi
    done
    echo "no jar in target/: run ./mvnw -DskipTests package first" >&2
    exit 2
}

ensure_wrk() {
    if ! command -v wrk >/dev/null 2>&1; then
        apt-get update -qq </dev/null && apt-get install -y -qq wrk </dev/null >/dev/null
    fi
}

# write_bodies_lua FILE: a wrk script that POSTs the JSON lines of $PAYLOADS in turn, from a
# random start.
write_bodies_lua() {
    cat >"$1" <<'LUA'
local bodies = {}
for line in io.lines(os.getenv("PAYLOADS")) do bodies[#bodies + 1] = line end
local i = math.random(#bodies)
request = function()
  i = i % #bodies + 1
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, bodies[i])
end
LUA
}
