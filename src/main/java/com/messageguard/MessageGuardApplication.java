package com.messageguard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Message Guard: checks Amazon Buyer-Seller messages against Amazon's policy before they are sent. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MessageGuardApplication {

    public static void main(String[] args) {
        SpringApplication.run(MessageGuardApplication.class, args);
    }
}
