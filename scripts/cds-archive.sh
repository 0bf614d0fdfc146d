#!/usr/bin/env bash
# Prepares the packaged jar for a fast start, as Spring Boot documents it: extracts it into DEST
# (the application jar plus lib/), then makes one training run that starts the application
# context, warms the engine up on the bundled corpus drafts and exits (-Dspring.context.exit=onRefresh).
# What the run leaves depends on the java that runs this script:
#
#  - JDK 25 or later: an AOT cache (JEP 483, 514, 515): the classes loaded and linked, and the
#    method profiles of the warm-up, so the JIT compiles the rules sooner after a start. Start with
#      java -XX:AOTCache=DEST/application.aot -jar DEST/<jar name>
#  - JDK 17 to 24: a class data sharing archive of every class the run loaded. Start with
#      java -XX:SharedArchiveFile=DEST/application.jsa -jar DEST/<jar name>
#
# DEST as an absolute path in both. The last line printed is that command's arguments. The
# archive or cache belongs to the JVM that made it: run this with the java that will run the
# service (the Dockerfile does, in the runtime image). A JVM that cannot use it warns and starts
# without it. See README, Performance, for the start-up and warm-up figures of each.
#
#   scripts/cds-archive.sh JAR DEST        JAVA=/path/to/java to use another JVM
#   TRAINING_WARM_UP=10s (default): how long the training run checks the bundled drafts
set -euo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: $0 JAR DEST" >&2
    exit 2
fi
jar="$1"
dest="$2"
java_bin="${JAVA:-java}"
warm_up="${TRAINING_WARM_UP:-10s}"

# The feature version of the JVM: 17, 21, 25...
version="$("$java_bin" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')"

"$java_bin" -Djarmode=tools -jar "$jar" extract --destination "$dest" --force >/dev/null
dest="$(cd "$dest" && pwd)"
app="$dest/$(basename "$jar")"
rm -f "$dest/application.jsa" "$dest/application.aot"   # the JVM writes archives read-only
if [[ "$version" -ge 25 ]]; then
    output="$dest/application.aot"
    record=(-XX:AOTCacheOutput="$output")
    use="-XX:AOTCache=$output"
else
    output="$dest/application.jsa"
    record=(-XX:ArchiveClassesAtExit="$output")
    use="-XX:SharedArchiveFile=$output"
fi
# Both record the class path as given, and a JVM only uses them with the same one: the training
# run names the jar by its absolute path, and so must the command that starts the service.
# The training run needs no port: the context exits after its refresh, before the web server starts.
# It opens the ledger in memory: the same classes load, and no database file is left where it runs
# (in the Dockerfile, /app, where the service's own data/ must stay the non-root user's).
"$java_bin" "${record[@]}" -Dspring.context.exit=onRefresh -Dmessageguard.warm-up.duration="$warm_up" \
    -Dspring.datasource.url=jdbc:h2:mem:cds-training -Dlogging.level.root=WARN -jar "$app" >"$dest/training.log" 2>&1 \
    || { echo "training run failed:" >&2; tail -n 40 "$dest/training.log" >&2; exit 1; }
[[ -s "$output" ]] || { echo "no archive written; see $dest/training.log" >&2; exit 1; }
echo "$use -jar $app"
