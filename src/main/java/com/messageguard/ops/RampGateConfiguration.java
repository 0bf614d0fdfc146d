package com.messageguard.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine's {@link CompilerRampGate}, sampling from start-up, and a gauge of whether it is still shut. */
@Configuration(proxyBeanMethods = false)
public class RampGateConfiguration {

    @Bean(destroyMethod = "close")
    CompilerRampGate compilerRampGate(RampGateProperties properties, MeterRegistry meters) {
        CompilerRampGate gate = CompilerRampGate.of(properties);
        Gauge.builder("messageguard.ramp.gate.shut", gate, g -> g.isOpen() ? 0 : 1)
                .description("1 while rule passes take turns so that the JIT can compile the request path, 0 once it has settled")
                .register(meters);
        gate.startSampling();
        return gate;
    }
}
