package com.messageguard.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test class the shared {@link PostgresServer} as a parameter: started by the first class
 * that asks for it, stopped and deleted when the test run ends (JUnit closes what the root store
 * holds). A class that stops the server itself starts one of its own with {@link PostgresServer#start()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(Postgres.Extension.class)
public @interface Postgres {

    final class Extension implements BeforeAllCallback, ParameterResolver {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Postgres.class);

        @Override
        public void beforeAll(ExtensionContext context) {
            server(context);
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == PostgresServer.class;
        }

        @Override
        public PostgresServer resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return server(context);
        }

        private static PostgresServer server(ExtensionContext context) {
            return context.getRoot().getStore(NAMESPACE)
                    .computeIfAbsent("server", key -> PostgresServer.start(), PostgresServer.class);
        }
    }
}
