package com.messageguard.ops;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * OUT_OF_SERVICE while the engine warms up at start-up, UP from then on: readiness probes (and
 * {@code /health}) send traffic only to a replica that answers at its warm speed. Liveness does not
 * include it: a warming service is alive.
 */
@Component("warmUp")
public class WarmUpHealthIndicator implements HealthIndicator {

    private final EngineWarmUp warmUp;

    public WarmUpHealthIndicator(EngineWarmUp warmUp) {
        this.warmUp = warmUp;
    }

    @Override
    public Health health() {
        return warmUp.finished() ? Health.up().build() : Health.status(Status.OUT_OF_SERVICE).build();
    }
}
