package com.messageguard.account;

import com.messageguard.MessageGuardProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The configured API keys, read once at start-up; a malformed entry stops the start. */
@Configuration(proxyBeanMethods = false)
public class AccountConfiguration {

    @Bean
    ApiKeys apiKeys(MessageGuardProperties properties) {
        return ApiKeys.parse(properties.apiKeys());
    }
}
