package com.messageguard.ops;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The engine's warm-up at start-up (prefix {@code messageguard.warm-up}).
 *
 * @param duration how long the warm-up checks the bundled drafts, on a thread of its own while the
 *                 rest of the service starts; the service reports ready when it ends. {@code 0}
 *                 turns it off. Environment: {@code MESSAGEGUARD_WARM_UP_DURATION}
 */
@ConfigurationProperties("messageguard.warm-up")
public record WarmUpProperties(@DefaultValue("3s") Duration duration) {

    public WarmUpProperties {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("messageguard.warm-up.duration must not be negative, was " + duration);
        }
    }
}
