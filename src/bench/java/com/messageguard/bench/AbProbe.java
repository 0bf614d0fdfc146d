package com.messageguard.bench;

import static com.messageguard.bench.Samples.median;
import static com.messageguard.bench.Samples.min;

import java.io.File;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Two or more builds of the engine in one JVM, each in a class loader of its own, measured in
 * alternating rounds (ABBA): the CPU time and bytes of the checking thread per corpus message and
 * per 2,000-character message, and each build's ratio to the first, round by round. On a shared
 * machine the speed of the moment swings by 20 % and more within minutes; builds measured in
 * separate runs, even alternated, carry that swing into their ratio, while two rounds next to each
 * other see the same machine. See README, "Benchmarks".
 *
 * <p>Only JDK types here: each build is reached by reflection through what every version of the
 * engine has (the application class, {@code CheckEngine.check}, {@code DraftFactory.create} and
 * the JSON mapper), so a build from any commit can be compared with another. Every build checks the
 * same requests, read from the corpus file given, with its own mapper.
 *
 * <p>Arguments: {@code CORPUS NAME=DIR...}, where {@code DIR} holds {@code classes/} and
 * {@code classpath.txt} (its dependencies); system properties {@code warmUp} (seconds, 120),
 * {@code rounds} (30), {@code passes} (20 over the corpus per round: fewer let the builds' turns in the
 * caches weigh, which count against the build whose tables are larger).
 */
public final class AbProbe {

    private static final int LONG_MESSAGE = 2_000;
    private static final int LONG_CHECKS = 20;

    private AbProbe() {
    }

    /** One build: its checks of the corpus messages and of the long message, through its own classes. */
    private record Build(String name, MethodHandle create, MethodHandle check, List<Object> corpus, Object longMessage) {

        long checkCorpus() throws Throwable {
            long sink = 0;
            for (Object request : corpus) {
                sink += System.identityHashCode(check.invoke(create.invoke(request)));
            }
            return sink;
        }

        long checkLong() throws Throwable {
            long sink = 0;
            for (int i = 0; i < LONG_CHECKS; i++) {
                sink += System.identityHashCode(check.invoke(create.invoke(longMessage)));
            }
            return sink;
        }
    }

    public static void main(String[] args) throws Throwable {
        if (args.length < 3) {
            System.err.println("usage: AbProbe CORPUS NAME=DIR NAME=DIR...");
            System.exit(2);
        }
        int warmUp = Integer.getInteger("warmUp", 120);
        int rounds = Integer.getInteger("rounds", 30);
        int passes = Integer.getInteger("passes", 20);
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
        List<Build> builds = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String[] spec = args[i].split("=", 2);
            builds.add(load(spec[0], Path.of(spec[1]), lines));
        }

        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sink = 0;
        long until = System.nanoTime() + warmUp * 1_000_000_000L;
        while (System.nanoTime() < until) {
            for (Build build : builds) {
                sink += build.checkCorpus() + build.checkLong();
            }
        }
        int n = builds.size();
        double[][] corpusUs = new double[n][rounds];
        double[][] corpusBytes = new double[n][rounds];
        double[][] longUs = new double[n][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < n; k++) {
                int b = round % 2 == 0 ? k : n - 1 - k; // ABBA: neither build always goes first
                Build build = builds.get(b);
                long bytes = threads.getCurrentThreadAllocatedBytes();
                long started = threads.getCurrentThreadCpuTime();
                for (int pass = 0; pass < passes; pass++) {
                    sink += build.checkCorpus();
                }
                long corpusDone = threads.getCurrentThreadCpuTime();
                long corpusBytesDone = threads.getCurrentThreadAllocatedBytes();
                for (int pass = 0; pass < passes; pass++) {
                    sink += build.checkLong();
                }
                long longDone = threads.getCurrentThreadCpuTime();
                int checks = passes * build.corpus().size();
                corpusUs[b][round] = (corpusDone - started) / 1e3 / checks;
                corpusBytes[b][round] = (corpusBytesDone - bytes) / (double) checks;
                longUs[b][round] = (longDone - corpusDone) / 1e3 / (passes * LONG_CHECKS);
            }
        }
        System.out.printf("CPU time per check of the checking thread, %d rounds after %d s of warm-up (%d)%n",
                rounds, warmUp, sink & 1);
        for (int k = 0; k < n; k++) {
            System.out.printf("%-12s corpus message min %7.2f median %7.2f us, %6.0f bytes | %,d chars min %7.2f median %7.2f us%n",
                    builds.get(k).name(), min(corpusUs[k]), median(corpusUs[k]), median(corpusBytes[k]), LONG_MESSAGE,
                    min(longUs[k]), median(longUs[k]));
        }
        for (int k = 1; k < n; k++) {
            System.out.printf("%s : %s per round, median (quartiles): corpus message %s | %,d chars %s%n",
                    builds.get(k).name(), builds.get(0).name(), ratios(corpusUs[k], corpusUs[0]), LONG_MESSAGE,
                    ratios(longUs[k], longUs[0]));
        }
        System.exit(0); // the builds' non-daemon threads (pools, schedulers) would keep the JVM up
    }

    /** Starts a build's engine without a web server or ledger and prepares its requests. */
    private static Build load(String name, Path dir, List<String> lines) throws Throwable {
        List<URL> urls = new ArrayList<>();
        urls.add(dir.resolve("classes").toUri().toURL());
        for (String entry : Files.readString(dir.resolve("classpath.txt")).trim().split(File.pathSeparator)) {
            urls.add(new File(entry).toURI().toURL());
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        Class<?> appClass = loader.loadClass("com.messageguard.MessageGuardApplication");
        Class<?> springApplication = loader.loadClass("org.springframework.boot.SpringApplication");
        Object app = springApplication.getConstructor(Class[].class).newInstance((Object) new Class<?>[] {appClass});
        Class<?> webType = loader.loadClass("org.springframework.boot.WebApplicationType");
        springApplication.getMethod("setWebApplicationType", webType).invoke(app, webType.getField("NONE").get(null));
        Object context = springApplication.getMethod("run", String[].class).invoke(app, (Object) new String[] {
                "--logging.level.root=WARN", "--messageguard.ledger.enabled=false", "--spring.flyway.enabled=false",
                "--messageguard.warm-up.duration=0s"});
        var getBean = context.getClass().getMethod("getBean", Class.class);
        Class<?> engineClass = loader.loadClass("com.messageguard.engine.CheckEngine");
        Class<?> draftsClass = loader.loadClass("com.messageguard.web.DraftFactory");
        Class<?> requestClass = loader.loadClass("com.messageguard.web.CheckRequest");
        Class<?> draftClass = loader.loadClass("com.messageguard.engine.Draft");
        Object engine = getBean.invoke(context, engineClass);
        Object drafts = getBean.invoke(context, draftsClass);
        Object json = getBean.invoke(context, loader.loadClass("tools.jackson.databind.json.JsonMapper"));
        var readTree = json.getClass().getMethod("readTree", String.class);
        var treeToValue = json.getClass().getMethod("treeToValue", loader.loadClass("tools.jackson.core.TreeNode"), Class.class);
        var writeString = json.getClass().getMethod("writeValueAsString", Object.class);

        List<Object> corpus = new ArrayList<>();
        StringBuilder bodies = new StringBuilder();
        for (String line : lines) {
            Object tree = readTree.invoke(json, line);
            Object request = tree.getClass().getMethod("get", String.class).invoke(tree, "request");
            corpus.add(treeToValue.invoke(json, request, requestClass));
            if (bodies.length() < LONG_MESSAGE) {
                Object body = request.getClass().getMethod("get", String.class).invoke(request, "body");
                bodies.append(body.getClass().getMethod("asString").invoke(body)).append("\n\n");
            }
        }
        bodies.setLength(Math.min(bodies.length(), LONG_MESSAGE));
        String longJson = "{\"subject\":\"Re: your order\",\"body\":" + writeString.invoke(json, bodies.toString())
                + ",\"contactReason\":\"BUYER_INQUIRY_REPLY\",\"orderAgeDays\":3}";
        Object longMessage = treeToValue.invoke(json, readTree.invoke(json, longJson), requestClass);

        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        MethodHandle create = lookup.findVirtual(draftsClass, "create", MethodType.methodType(draftClass, requestClass))
                .bindTo(drafts).asType(MethodType.methodType(Object.class, Object.class));
        MethodHandle check = lookup.findVirtual(engineClass, "check",
                        MethodType.methodType(loader.loadClass("com.messageguard.engine.CheckResult"), draftClass))
                .bindTo(engine).asType(MethodType.methodType(Object.class, Object.class));
        return new Build(name, create, check, List.copyOf(corpus), longMessage);
    }

    private static String ratios(double[] of, double[] to) {
        double[] ratios = new double[of.length];
        for (int i = 0; i < of.length; i++) {
            ratios[i] = of[i] / to[i];
        }
        Arrays.sort(ratios);
        return String.format("%.3f (%.3f-%.3f)", ratios[ratios.length / 2], ratios[ratios.length / 4],
                ratios[3 * ratios.length / 4]);
    }
}
