# syntax=docker/dockerfile:1
#
# Message Guard container image.
#
#   docker build -t message-guard .
#   docker run --rm -p 8080:8080 message-guard
#   docker run --rm -p 8080:8080 -v message-guard-data:/app/data message-guard   # keep the ledger
#
# Rules: the image carries the repository's rules/ in /app/rules and points
# MESSAGEGUARD_RULES_DIR there. To run with other rules without rebuilding, mount a folder
# with the same files over it (read-only is enough):
#
#   docker run --rm -p 8080:8080 -v "$PWD/my-rules:/app/rules:ro" message-guard
#
# or mount it elsewhere and set -e MESSAGEGUARD_RULES_DIR=/that/folder. Setting
# MESSAGEGUARD_RULES_DIR to an empty value uses the rules built into the jar.
# The HEALTHCHECK probes port 8080: keep the server on 8080 inside the container and map
# another host port with -p instead of changing --server.port.

# ---- build ------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build

# Wrapper and POM first: the dependency layer is rebuilt only when they change.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN chmod +x mvnw && ./mvnw -B -ntp dependency:go-offline

COPY src/ src/
COPY rules/ rules/
RUN ./mvnw -B -ntp -DskipTests package \
    && mv target/message-guard-*.jar /build/app.jar

# ---- run --------------------------------------------------------------------------------------
# JDK 25 runs the jar (compiled for 17) with an AOT cache: classes pre-linked and the method
# profiles of a warm-up, so a new container is ready sooner and fast from its first requests.
FROM eclipse-temurin:25-jre

# curl only for the HEALTHCHECK (the Temurin JRE image is Ubuntu based and has none).
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*

RUN groupadd --system --gid 10001 messageguard \
    && useradd --system --uid 10001 --gid messageguard --no-create-home \
       --home-dir /nonexistent --shell /usr/sbin/nologin messageguard

WORKDIR /app
# The jar extracted, with an AOT cache from a training run of this image's JVM that warms the
# engine up on the bundled corpus drafts (scripts/cds-archive.sh, the same script CI runs with
# JDK 25). See README, Performance, for what it gains at start-up and in the first seconds.
COPY scripts/cds-archive.sh /tmp/cds-archive.sh
COPY --from=build /build/app.jar /tmp/app.jar
RUN bash /tmp/cds-archive.sh /tmp/app.jar /app/application \
    && rm /tmp/app.jar /tmp/cds-archive.sh /app/application/training.log
COPY --from=build /build/rules/ /app/rules/

# Default rules folder; a volume mounted on /app/rules replaces its content.
ENV MESSAGEGUARD_RULES_DIR=/app/rules

# The ledger's embedded H2 database lives in /app/data (the default ./data/ from WORKDIR /app),
# owned by the non-root user; mount a volume there to keep it with the container gone. Replicas
# share PostgreSQL instead: -e SPRING_DATASOURCE_URL=jdbc:postgresql://... (README).
RUN mkdir -p /app/data && chown 10001:10001 /app/data
VOLUME /app/data

USER 10001:10001
EXPOSE 8080

HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS --max-time 4 http://localhost:8080/health || exit 1

ENTRYPOINT ["java", "-XX:AOTCache=/app/application/application.aot", "-XX:MaxRAMPercentage=75", \
            "-jar", "/app/application/app.jar"]
