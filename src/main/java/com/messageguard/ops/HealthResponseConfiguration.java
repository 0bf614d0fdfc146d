package com.messageguard.ops;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.boot.actuate.endpoint.jackson.EndpointJsonMapper;
import org.springframework.boot.health.actuate.endpoint.SystemHealthDescriptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /health} answers {@code {"status":"UP"}} and nothing else, as API.md promises. With
 * the probe groups defined, Actuator would add their names ({@code "groups":["liveness",
 * "readiness"]}); this is Actuator's own endpoint JSON mapper (non-null values only) with that
 * field left out. It replaces the default one, which {@code application.yaml} turns off
 * ({@code management.endpoints.jackson.isolated-json-mapper: false}).
 */
@Configuration(proxyBeanMethods = false)
public class HealthResponseConfiguration {

    @Bean
    EndpointJsonMapper endpointJsonMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .changeDefaultPropertyInclusion(inclusion -> inclusion
                        .withValueInclusion(JsonInclude.Include.NON_NULL)
                        .withContentInclusion(JsonInclude.Include.NON_NULL))
                .addMixIn(SystemHealthDescriptor.class, WithoutGroupNames.class)
                .build();
        return () -> mapper;
    }

    @JsonIgnoreProperties("groups")
    private interface WithoutGroupNames {
    }
}
