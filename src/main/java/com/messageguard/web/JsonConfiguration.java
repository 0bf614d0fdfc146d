package com.messageguard.web;

import com.messageguard.MessageGuardProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Requests are read strictly: {@code "3"} is not a number and {@code 3.5} is not a whole number
 * of days, so a wrong type is a 400 naming the field rather than a silent guess. Unknown fields
 * stay ignored, so newer clients keep working.
 */
@Configuration(proxyBeanMethods = false)
public class JsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictRequestTypes() {
        return builder -> builder
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // A number or boolean where text belongs ("body": 12) is a mistake, not text.
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    /** A batch is read item by item and refused at the first item past the limit. */
    @Bean
    JsonMapperBuilderCustomizer batchItemLimit(MessageGuardProperties properties) {
        return builder -> builder.addModule(new SimpleModule("batch-request")
                .addDeserializer(BatchRequest.class, new BatchRequestDeserializer(properties.batch().maxItems())));
    }
}
