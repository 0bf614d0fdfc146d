package com.messageguard.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.testing.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Kubernetes manifests of {@code deploy/kubernetes/} against the service they deploy: every
 * probe asks a path the running service answers 200, on the port it listens on; readiness
 * includes the ledger's database and liveness does not; the Service, the autoscaler and the
 * Secret refer to what exists; the heap fits the memory limit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KubernetesManifestTest {

    private static final Path FOLDER = Path.of("deploy", "kubernetes");
    private static final Map<String, JsonNode> BY_KIND = new HashMap<>();
    /** server.port of application.yaml: what the jar listens on unless told otherwise. */
    private static int defaultServerPort;

    @LocalServerPort
    int port;

    @Autowired
    HealthEndpointGroups healthGroups;

    @Value("${management.endpoints.web.base-path}")
    String actuatorBase;

    @BeforeAll
    static void parse() throws IOException {
        YAMLMapper yaml = YAMLMapper.builder().build();
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (MappingIterator<JsonNode> documents = yaml.readerFor(JsonNode.class).readValues(file.toFile())) {
                    for (JsonNode document : documents.readAll()) {
                        assertThat(BY_KIND.put(document.path("kind").asString(), document))
                                .as("one %s in %s", document.path("kind").asString(), FOLDER).isNull();
                    }
                }
            }
        }
        assertThat(BY_KIND).containsKeys("Deployment", "Service", "HorizontalPodAutoscaler", "Secret");
        defaultServerPort = yaml.readTree(Path.of("src", "main", "resources", "application.yaml").toFile())
                .at("/server/port").asInt();
        assertThat(defaultServerPort).isPositive();
    }

    private static JsonNode container() {
        JsonNode containers = BY_KIND.get("Deployment").at("/spec/template/spec/containers");
        assertThat(containers.size()).isEqualTo(1);
        return containers.get(0);
    }

    /** The port the service listens on in the container: SERVER_PORT from the manifest, else its default. */
    private int servicePortInContainer() {
        for (JsonNode env : container().path("env")) {
            if (env.path("name").asString().equals("SERVER_PORT")) {
                return Integer.parseInt(env.path("value").asString());
            }
        }
        return defaultServerPort;
    }

    /** A port as a probe or a Service names it, resolved to the container's port number. */
    private static int containerPort(JsonNode port) {
        if (port.isNumber()) {
            return port.asInt();
        }
        for (JsonNode declared : container().path("ports")) {
            if (declared.path("name").asString().equals(port.asString())) {
                return declared.path("containerPort").asInt();
            }
        }
        throw new AssertionError("the container declares no port named " + port.asString());
    }

    @Test
    void everyProbeAsksAPathTheServiceAnswersOnThePortItListensOn() {
        List<String> probes = new ArrayList<>();
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            JsonNode httpGet = container().path(probe).path("httpGet");
            assertThat(httpGet.isMissingNode()).as(probe + " is an HTTP probe").isFalse();
            probes.add(probe);
            assertThat(containerPort(httpGet.path("port"))).as(probe + " port").isEqualTo(servicePortInContainer());
            String path = httpGet.path("path").asString();
            Http.Response answer = new Http(port).get(path);
            assertThat(answer.status()).as(probe + " " + path).isEqualTo(200);
            assertThat(answer.json().path("status").asString()).as(probe + " " + path).isEqualTo("UP");
        }
        assertThat(probes).hasSize(3);
    }

    @Test
    void readinessIncludesTheLedgerAndTheWarmUpAndLivenessDoesNot() {
        HealthEndpointGroup readiness = groupAt(container().at("/readinessProbe/httpGet/path").asString());
        HealthEndpointGroup liveness = groupAt(container().at("/livenessProbe/httpGet/path").asString());

        assertThat(readiness.isMember("ledger")).isTrue();
        assertThat(readiness.isMember("rules")).isTrue();
        assertThat(readiness.isMember("warmUp")).isTrue();
        assertThat(liveness.isMember("ledger")).isFalse();
        assertThat(liveness.isMember("warmUp")).isFalse();
    }

    private HealthEndpointGroup groupAt(String path) {
        String prefix = (actuatorBase.endsWith("/") ? actuatorBase : actuatorBase + "/") + "health/";
        assertThat(path).startsWith(prefix);
        HealthEndpointGroup group = healthGroups.get(path.substring(prefix.length()));
        assertThat(group).as("a health group at " + path).isNotNull();
        return group;
    }

    @Test
    void theServiceTheAutoscalerAndTheSecretReferToWhatExists() {
        JsonNode deployment = BY_KIND.get("Deployment");
        JsonNode service = BY_KIND.get("Service");
        JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
        service.path("spec").path("selector").properties().forEach(selector ->
                assertThat(podLabels.path(selector.getKey()).asString()).as("Service selector " + selector.getKey())
                        .isEqualTo(selector.getValue().asString()));
        deployment.at("/spec/selector/matchLabels").properties().forEach(selector ->
                assertThat(podLabels.path(selector.getKey()).asString()).isEqualTo(selector.getValue().asString()));
        for (JsonNode servicePort : service.at("/spec/ports")) {
            assertThat(containerPort(servicePort.path("targetPort"))).isEqualTo(servicePortInContainer());
        }

        JsonNode target = BY_KIND.get("HorizontalPodAutoscaler").at("/spec/scaleTargetRef");
        assertThat(target.path("kind").asString()).isEqualTo("Deployment");
        assertThat(target.path("name").asString()).isEqualTo(deployment.at("/metadata/name").asString());

        JsonNode secret = BY_KIND.get("Secret");
        List<String> fromSecret = new ArrayList<>();
        for (JsonNode env : container().path("env")) {
            JsonNode ref = env.at("/valueFrom/secretKeyRef");
            if (!ref.isMissingNode()) {
                assertThat(ref.path("name").asString()).isEqualTo(secret.at("/metadata/name").asString());
                assertThat(secret.path("stringData").has(ref.path("key").asString()))
                        .as("the Secret has " + ref.path("key").asString()).isTrue();
                fromSecret.add(env.path("name").asString());
            }
        }
        assertThat(fromSecret).contains("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");
        assertThat(secret.at("/stringData/datasource-url").asString()).startsWith("jdbc:postgresql://");
    }

    @Test
    void theHeapIs256MbAndFitsTheMemoryLimitWithRoomForTheRestOfTheJvm() {
        String javaOptions = null;
        for (JsonNode env : container().path("env")) {
            if (env.path("name").asString().equals("JAVA_TOOL_OPTIONS")) {
                javaOptions = env.path("value").asString();
            }
        }
        assertThat(javaOptions).contains("-Xmx256m");
        assertThat(mebibytes(container().at("/resources/limits/memory").asString())).isGreaterThanOrEqualTo(256 + 128);
        assertThat(mebibytes(container().at("/resources/requests/memory").asString()))
                .isGreaterThanOrEqualTo(256 + 128)
                .isLessThanOrEqualTo(mebibytes(container().at("/resources/limits/memory").asString()));
        assertThat(container().at("/resources/requests/cpu").asString()).isNotBlank();
    }

    private static int mebibytes(String quantity) {
        assertThat(quantity).matches("\\d+(Mi|Gi)");
        int value = Integer.parseInt(quantity.substring(0, quantity.length() - 2));
        return quantity.endsWith("Gi") ? value * 1024 : value;
    }
}
