package com.messageguard.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.springframework.util.FileSystemUtils;

/**
 * A real, throwaway PostgreSQL server for the tests: Debian's {@code postgresql} binaries,
 * {@code initdb} into a temporary folder, {@code pg_ctl} on a free loopback port, as a non-root
 * user ({@code nobody} through {@code runuser} when the tests run as root, as CI does: PostgreSQL
 * refuses to run as root). {@code fsync} is off: these tests are about constraints, races and
 * outages, not about surviving a power cut; a commit is still written before it is acknowledged
 * ({@code synchronous_commit} stays on), so a stopped server keeps what it acknowledged.
 * <p>
 * The binaries are the newest under {@code /usr/lib/postgresql/<version>/bin}, or those in
 * {@code $POSTGRES_BIN}. Without them the tests fail with a message that says how to install
 * them; they never skip themselves.
 */
public final class PostgresServer implements AutoCloseable {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Path binaries;
    private final Path folder;
    private final Path data;
    private final Path log;
    private final List<String> runAs;
    private final int port;

    private PostgresServer(Path binaries, Path folder, List<String> runAs, int port) {
        this.binaries = binaries;
        this.folder = folder;
        this.data = folder.resolve("data");
        this.log = folder.resolve("postgres.log");
        this.runAs = runAs;
        this.port = port;
    }

    /** Creates a cluster in a new temporary folder and starts it. */
    public static PostgresServer start() {
        Path binaries = binaries();
        try {
            Path folder = Files.createTempDirectory("message-guard-postgres-");
            List<String> runAs = List.of();
            if (isRoot()) {
                UserPrincipal nobody = folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
                Files.setOwner(folder, nobody);
                runAs = List.of("runuser", "-u", "nobody", "--");
            }
            PostgresServer server = new PostgresServer(binaries, folder, runAs, freePort());
            server.run(60, "initdb", "-D", server.data.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                    "--locale=C", "--no-sync", "--no-instructions");
            server.startServer();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("could not prepare a PostgreSQL cluster", e);
        }
    }

    public int port() {
        return port;
    }

    /** Creates a new, empty database and returns its JDBC URL (user {@code postgres}, no password). */
    public String createDatabase() {
        String name = "ledger_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a database on port " + port, e);
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Starts the stopped server again, same data, same port. */
    public void startServer() {
        run(90, "pg_ctl", "-D", data.toString(), "-l", log.toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -h 127.0.0.1 -k " + folder + " -c fsync=off -c full_page_writes=off", "start");
    }

    /** Stops the server at once, as a crash would; connections are cut. */
    public void stopServer() {
        run(90, "pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
    }

    @Override
    public void close() {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                stopServer();
            }
        } finally {
            try {
                FileSystemUtils.deleteRecursively(folder);
            } catch (IOException e) {
                // a temporary folder left behind is no test failure
            }
        }
    }

    private void run(int timeoutSeconds, String program, String... arguments) {
        List<String> command = new ArrayList<>(runAs);
        command.add(binaries.resolve(program).toString());
        command.addAll(List.of(arguments));
        try {
            Path output = Files.createTempFile("message-guard-postgres-", ".out");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).directory(folder.toFile()).start();
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(program + " did not finish within " + timeoutSeconds + " s");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed (exit " + process.exitValue()
                            + "):\n" + Files.readString(output) + serverLog());
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + program, e);
        }
    }

    private String serverLog() throws IOException {
        return Files.exists(log) ? "\nserver log:\n" + Files.readString(log) : "";
    }

    /** The newest installed PostgreSQL's bin folder with initdb and pg_ctl. */
    private static Path binaries() {
        String configured = System.getenv("POSTGRES_BIN");
        if (configured != null && !configured.isBlank()) {
            return requireBinaries(Path.of(configured));
        }
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                Path newest = versions
                        .filter(p -> p.getFileName().toString().matches("\\d+(\\.\\d+)?"))
                        .map(p -> p.resolve("bin"))
                        .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
                        .max(Comparator.comparingDouble(bin -> Double.parseDouble(bin.getParent().getFileName().toString())))
                        .orElse(null);
                if (newest != null) {
                    return newest;
                }
            } catch (IOException e) {
                throw new IllegalStateException("could not list " + root, e);
            }
        }
        throw new IllegalStateException("The PostgreSQL tests need a real server: no initdb and pg_ctl under "
                + "/usr/lib/postgresql/*/bin. Install Debian's package (apt-get install postgresql; .ci/run does) "
                + "or point POSTGRES_BIN at a folder that has them.");
    }

    private static Path requireBinaries(Path bin) {
        if (!Files.isExecutable(bin.resolve("initdb")) || !Files.isExecutable(bin.resolve("pg_ctl"))) {
            throw new IllegalStateException("POSTGRES_BIN=" + bin + " has no initdb and pg_ctl");
        }
        return bin;
    }

    private static boolean isRoot() {
        return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
