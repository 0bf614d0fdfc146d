#!/usr/bin/env bash
# Smoke test of a running Message Guard against the HTTP contract (shared/API.md).
#
#   scripts/smoke-test.sh BASE_URL        e.g. scripts/smoke-test.sh http://127.0.0.1:8080
#
# Needs only bash, curl, grep and sed. Prints one "ok - ..." / "not ok - ..." line per check
# and a closing "smoke-test: N passed, N failed" line; exits 1 when any check fails, 2 on
# bad usage. The messages it sends are its own fixed samples; response bodies are never
# printed, only the facts the checks compare.
set -euo pipefail

usage() {
    echo "usage: $0 BASE_URL   (e.g. http://127.0.0.1:8080)" >&2
    exit 2
}

[[ $# -eq 1 && -n "$1" ]] || usage
base_url="${1%/}"
command -v curl >/dev/null 2>&1 || { echo "smoke-test: curl is required" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
headers="$work/headers"
body="$work/body"
status=""

passed=0
failed=0

ok() {
    passed=$((passed + 1))
    echo "ok - $*"
}

not_ok() {
    failed=$((failed + 1))
    echo "not ok - $*"
}

# check DESCRIPTION COMMAND...: ok when COMMAND succeeds.
check() {
    local description="$1"
    shift
    if "$@"; then
        ok "$description"
    else
        not_ok "$description"
    fi
}

# request METHOD PATH [JSON]: sets $status, writes response headers and body to $headers, $body.
request() {
    local method="$1" path="$2"
    local args=(--silent --show-error --max-time 15 -X "$method" -D "$headers" -o "$body" -w '%{http_code}')
    if [[ $# -ge 3 ]]; then
        args+=(-H 'Content-Type: application/json' -H 'Accept: application/json, application/problem+json' --data-binary "$3")
    fi
    : >"$headers"
    : >"$body"
    status="$(curl "${args[@]}" "$base_url$path" 2>"$work/curl-error")" || status="000"
    if [[ "$status" == "000" ]]; then
        echo "# $method $path: no HTTP response: $(head -c 300 "$work/curl-error")"
    fi
}

status_is() { [[ "$status" == "$1" ]]; }

# Exact JSON member "name":"value" (compact or pretty printed).
json_string_is() { grep -Eq "\"$1\"[[:space:]]*:[[:space:]]*\"$2\"" "$body"; }

content_type_is() { grep -Eiq "^content-type:[[:space:]]*$1([[:space:]]*;|[[:space:]]*$)" "$headers"; }

body_has_line() { grep -Eq "$1" "$body"; }

# The violation object whose "rule" is $1, on one line, with its nested "fix" object if it has one;
# empty when absent.
violation_of() {
    tr -d '\n' <"$body" \
        | grep -Eo "\{[^{}]*\"rule\"[[:space:]]*:[[:space:]]*\"$1\"[^{}]*(\{[^{}]*\}[^{}]*)?\}" | head -n 1 || true
}

# Integer member $2 of the one-line JSON object $1; empty when absent.
int_member() {
    sed -nE "s/.*\"$2\"[[:space:]]*:[[:space:]]*(-?[0-9]+).*/\\1/p" <<<"$1"
}

echo "# smoke-testing $base_url"

# --- GET /health -------------------------------------------------------------------------
request GET /health
check "GET /health is 200" status_is 200
check "GET /health says \"status\":\"UP\"" json_string_is status UP

# --- POST /check with an e-mail address --------------------------------------------------
email="anna@example.com"
prefix="Hello, your order 113-4567890-1234567 has shipped. For the engraving, write to "
suffix=" and we will reply within a day."
expected_start=${#prefix}
expected_end=$((expected_start + ${#email}))
request POST /check "{\"body\":\"$prefix$email$suffix\",\"contactReason\":\"BUYER_INQUIRY_REPLY\",\"orderAgeDays\":3}"
check "POST /check with an e-mail address is 200" status_is 200
check "POST /check with an e-mail address answers application/json" content_type_is 'application/json'
check "POST /check with an e-mail address gives \"verdict\":\"BLOCK\"" json_string_is verdict BLOCK
violation="$(violation_of email-address)"
if [[ -n "$violation" ]]; then
    ok "POST /check with an e-mail address reports an \"email-address\" violation"
    own="${violation%%\"fix\"*}" # its own members, without those of its fix
    start="$(int_member "$own" start)"
    end="$(int_member "$own" end)"
    if [[ "$start" == "$expected_start" && "$end" == "$expected_end" ]]; then
        ok "email-address violation spans exactly the address: start=$start end=$end"
    else
        not_ok "email-address violation spans exactly the address: expected start=$expected_start end=$expected_end, got start=${start:-none} end=${end:-none}"
    fi
    if grep -Eq "\"excerpt\"[[:space:]]*:[[:space:]]*\"${email//./\\.}\"" <<<"$violation"; then
        ok "email-address violation excerpt is the address"
    else
        not_ok "email-address violation excerpt is the address"
    fi
    # The fix drops the address with one of the spaces around it: "write to and we will ...".
    fix_start="$(sed -nE 's/.*"fix"[[:space:]]*:[[:space:]]*\{[^}]*"start"[[:space:]]*:[[:space:]]*([0-9]+).*/\1/p' <<<"$violation")"
    fix_end="$(sed -nE 's/.*"fix"[[:space:]]*:[[:space:]]*\{[^}]*"end"[[:space:]]*:[[:space:]]*([0-9]+).*/\1/p' <<<"$violation")"
    if [[ "$fix_start" == "$expected_start" && "$fix_end" == "$((expected_end + 1))" ]]; then
        ok "email-address violation carries a fix that drops the address: start=$fix_start end=$fix_end"
    else
        not_ok "email-address violation carries a fix that drops the address: expected start=$expected_start end=$((expected_end + 1)), got start=${fix_start:-none} end=${fix_end:-none}"
    fi
else
    not_ok "POST /check with an e-mail address reports an \"email-address\" violation"
fi

# --- POST /check with suggestFix ----------------------------------------------------------
request POST /check "{\"body\":\"$prefix$email$suffix\",\"contactReason\":\"BUYER_INQUIRY_REPLY\",\"orderAgeDays\":3,\"suggestFix\":true}"
check "POST /check with suggestFix is 200" status_is 200
check "POST /check with suggestFix answers the fixed body" json_string_is fixedBody "$prefix${suffix# }"
check "POST /check with suggestFix answers the fixed draft's verdict" body_has_line '"fixedVerdict"[[:space:]]*:[[:space:]]*"(PASS|WARN|BLOCK)"'

# --- POST /check/batch --------------------------------------------------------------------
request POST /check/batch "{\"items\":[{\"body\":\"$prefix$email$suffix\",\"contactReason\":\"BUYER_INQUIRY_REPLY\",\"orderAgeDays\":3},{\"body\":\"Hello Megan, the cover measures 18 x 18 in and fits your insert.\",\"contactReason\":\"BUYER_INQUIRY_REPLY\",\"orderAgeDays\":3}]}"
check "POST /check/batch is 200" status_is 200
check "POST /check/batch answers \"results\"" body_has_line '"results"[[:space:]]*:[[:space:]]*\['
check "POST /check/batch answers the first item BLOCK" json_string_is verdict BLOCK
check "POST /check/batch answers the second item PASS" json_string_is verdict PASS
request POST /check/batch '{"items":[]}'
check "POST /check/batch with no items is 400" status_is 400

# --- POST /check with a compliant message ------------------------------------------------
request POST /check '{"body":"Hello, your order 113-4567890-1234567 has shipped today and should arrive on Friday. You can follow the delivery in Your Orders.","contactReason":"BUYER_INQUIRY_REPLY","orderAgeDays":3}'
check "POST /check with a compliant message is 200" status_is 200
check "POST /check with a compliant message gives \"verdict\":\"PASS\"" json_string_is verdict PASS

# --- POST /check with an unknown contactReason -------------------------------------------
request POST /check '{"body":"Hello, your order has shipped.","contactReason":"NOT_A_REASON","orderAgeDays":3}'
check "POST /check with an unknown contactReason is 400" status_is 400
check "POST /check with an unknown contactReason answers application/problem+json" content_type_is 'application/problem\+json'

# --- GET /rules ---------------------------------------------------------------------------
request GET /rules
check "GET /rules is 200" status_is 200
check "GET /rules lists \"email-address\"" json_string_is id email-address

# --- GET /metrics -------------------------------------------------------------------------
request GET /metrics
check "GET /metrics is 200" status_is 200
check "GET /metrics answers text/plain" content_type_is 'text/plain'
check "GET /metrics has messageguard_checks_total" body_has_line '^messageguard_checks_total[{ ]'
check "GET /metrics has messageguard_violations_total" body_has_line '^messageguard_violations_total[{ ]'
check "GET /metrics has the messageguard_check_latency_seconds histogram" body_has_line '^messageguard_check_latency_seconds_bucket[{ ]'

# --- API docs -----------------------------------------------------------------------------
request GET /v3/api-docs
check "GET /v3/api-docs is 200" status_is 200
check "GET /v3/api-docs lists /check/batch" body_has_line '"/check/batch"'

# --- unknown path -------------------------------------------------------------------------
request GET /no-such-path-smoke-test
check "GET of an unknown path is 404" status_is 404

echo "smoke-test: $passed passed, $failed failed"
if [[ $failed -ne 0 ]]; then
    exit 1
fi
