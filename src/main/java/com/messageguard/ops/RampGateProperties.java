package com.messageguard.ops;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The gate that keeps the cores free for the JIT while it compiles the request path (prefix
 * {@code messageguard.ramp-gate}, see {@link CompilerRampGate}).
 *
 * @param enabled whether rule passes wait for a turn until the JIT has settled: off by default,
 *                as it cost the first 15 s 18-36 % of their rate to double that of the next minutes
 *                (README, Performance). Environment: {@code MESSAGEGUARD_RAMP_GATE_ENABLED}
 * @param turns   rule passes at once while the gate is shut; 0: one per processor the JVM sees
 * @param longest the gate opens this long after the first check at the latest, settled or not
 */
@ConfigurationProperties("messageguard.ramp-gate")
public record RampGateProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("0") int turns,
        @DefaultValue("5m") Duration longest) {

    public RampGateProperties {
        if (turns < 0) {
            throw new IllegalArgumentException("messageguard.ramp-gate.turns must not be negative, was " + turns);
        }
        if (longest.isNegative()) {
            throw new IllegalArgumentException("messageguard.ramp-gate.longest must not be negative, was " + longest);
        }
    }

    /** The turns the gate gives while it is shut. */
    int effectiveTurns() {
        return turns > 0 ? turns : Runtime.getRuntime().availableProcessors();
    }
}
