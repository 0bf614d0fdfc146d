package com.messageguard.testing;

import com.messageguard.MessageGuardApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One running instance of the service, as a replica would be: its own Spring application on a
 * random port, configured by command-line arguments (which outrank every configuration file).
 * Several of them in one JVM share nothing but what their arguments point them at.
 */
public final class ServiceInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private ServiceInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static ServiceInstance start(String... arguments) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--logging.level.root=WARN"));
        args.addAll(List.of(arguments));
        return new ServiceInstance(new SpringApplicationBuilder(MessageGuardApplication.class)
                .run(args.toArray(String[]::new)));
    }

    /** An instance on the PostgreSQL database at {@code jdbcUrl}. */
    public static ServiceInstance onPostgres(String jdbcUrl, String... arguments) {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres", "--spring.datasource.password="));
        args.addAll(List.of(arguments));
        return start(args.toArray(String[]::new));
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
