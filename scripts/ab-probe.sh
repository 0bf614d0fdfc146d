#!/usr/bin/env bash
# Measures the engine of other commits beside the working tree's, in one JVM and alternating
# rounds (src/bench/.../AbProbe.java): the way to compare builds on a shared machine whose speed
# swings between runs. See README, "Benchmarks".
#
#   scripts/ab-probe.sh REV [REV...]      e.g. scripts/ab-probe.sh 6630d28
#
# Each REV is exported with git archive to target/ab/REV and built there; the working tree is
# built and measured last, as "head". The first build is the reference of the ratios printed.
# Environment: WARM_UP (seconds, 120), ROUNDS (30), PASSES (20 over the corpus per round), CORPUS
# (the requests checked; the working tree's src/test/resources/corpus/cases.jsonl, the same for
# every build).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$PWD"

if [[ $# -lt 1 ]]; then
    sed -n '2,13p' "$0" >&2
    exit 2
fi
corpus="${CORPUS:-$root/src/test/resources/corpus/cases.jsonl}"

# build DIR: its classes with the intent model the build makes, and its dependencies' class path.
build() {
    (cd "$1" && ./mvnw -q -B -ntp -DskipTests process-classes \
        && ./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=runtime \
            -Dmdep.outputFile=target/classpath.txt >/dev/null)
}

builds=()
for rev in "$@"; do
    dir="$root/target/ab/$rev"
    rm -rf "$dir"
    mkdir -p "$dir"
    git archive "$rev" | tar -x -C "$dir"
    echo "--- building $rev"
    build "$dir"
    builds+=("$rev=$dir/target")
done
echo "--- building the working tree"
build "$root"
./mvnw -q -B -ntp -Pbench -Dexec.skip test-compile   # the model is built above
builds+=("head=$root/target")

java -Xmx1g -DwarmUp="${WARM_UP:-120}" -Drounds="${ROUNDS:-30}" -Dpasses="${PASSES:-20}" \
    -cp "$root/target/test-classes" com.messageguard.bench.AbProbe "$corpus" "${builds[@]}"
