#!/usr/bin/env bash
# Prepares the packaged jar for a fast start, as Spring Boot documents it: extracts it into DEST
# (the application jar plus lib/), then makes one training run that starts the application
# context and exits (-Dspring.context.exit=onRefresh), leaving a class data sharing archive of
# every class it loaded. Start the service with
#
#   java -XX:SharedArchiveFile=DEST/application.jsa -jar DEST/<jar name>   (DEST as an absolute path)
#
# On this 2-core machine that starts in 1.6-1.8 s instead of 2.4-2.7 s for java -jar (see
# README, Performance). The archive belongs to the JVM that made it: run this with the java that
# will run the service (the Dockerfile does, in the runtime image). A JVM that cannot use the
# archive warns and starts without it.
#
#   scripts/cds-archive.sh JAR DEST
set -euo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: $0 JAR DEST" >&2
    exit 2
fi
jar="$1"
dest="$2"
java_bin="${JAVA:-java}"

"$java_bin" -Djarmode=tools -jar "$jar" extract --destination "$dest" --force >/dev/null
dest="$(cd "$dest" && pwd)"
app="$dest/$(basename "$jar")"
rm -f "$dest/application.jsa"   # the JVM writes archives read-only
# The archive records the class path as given, and a JVM only uses it with the same one: the
# training run names the jar by its absolute path, and so must the command that starts the service.
# The training run needs no port: the context exits after its refresh, before the web server starts.
# It opens the ledger in memory: the same classes load, and no database file is left where it runs
# (in the Dockerfile, /app, where the service's own data/ must stay the non-root user's).
"$java_bin" -XX:ArchiveClassesAtExit="$dest/application.jsa" -Dspring.context.exit=onRefresh \
    -Dspring.datasource.url=jdbc:h2:mem:cds-training -Dlogging.level.root=WARN -jar "$app" >"$dest/training.log" 2>&1 \
    || { echo "training run failed:" >&2; tail -n 40 "$dest/training.log" >&2; exit 1; }
[[ -s "$dest/application.jsa" ]] || { echo "no archive written; see $dest/training.log" >&2; exit 1; }
echo "$app with $dest/application.jsa"
