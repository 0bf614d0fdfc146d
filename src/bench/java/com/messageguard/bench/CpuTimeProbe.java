package com.messageguard.bench;

import static com.messageguard.bench.Samples.median;
import static com.messageguard.bench.Samples.min;

import com.messageguard.MessageGuardApplication;
import com.messageguard.engine.CheckEngine;
import com.messageguard.web.CheckRequest;
import com.messageguard.web.DraftFactory;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The same checks as {@link CheckBenchmark} (corpus messages in turn, 2,000 characters, the short
 * message), measured in the CPU time and the bytes of the checking thread rather than wall time.
 * On a shared machine other tenants take the CPU away and JMH's wall-clock figures swing by 10-20 %
 * between runs; thread CPU time does not count the time the thread waits, so before/after
 * comparisons of a few per cent hold. Arguments: warm-up seconds (20), measured rounds (15).
 */
public final class CpuTimeProbe {

    private CpuTimeProbe() {
    }

    public static void main(String[] args) throws IOException {
        int warmUpSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        SpringApplication app = new SpringApplication(MessageGuardApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = app.run("--logging.level.root=WARN")) {
            CheckEngine engine = context.getBean(CheckEngine.class);
            DraftFactory drafts = context.getBean(DraftFactory.class);
            List<CheckRequest> corpus = BenchMessages.corpus();
            CheckRequest message2000 = BenchMessages.message2000(corpus);
            CheckRequest shortMessage = BenchMessages.reply("Thanks, it ships today.");

            var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long thread = Thread.currentThread().getId();
            long sink = 0;
            long until = System.nanoTime() + warmUpSeconds * 1_000_000_000L;
            while (System.nanoTime() < until) {
                for (CheckRequest r : corpus) {
                    sink += engine.check(drafts.create(r)).violations().size();
                }
                for (int i = 0; i < 10; i++) {
                    sink += engine.check(drafts.create(message2000)).violations().size();
                }
            }
            double[] corpusUs = new double[rounds];
            double[] corpusBytes = new double[rounds];
            double[] message2000Us = new double[rounds];
            double[] shortUs = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                int passes = 20;
                long bytes = threads.getThreadAllocatedBytes(thread);
                long started = threads.getCurrentThreadCpuTime();
                for (int pass = 0; pass < passes; pass++) {
                    for (CheckRequest r : corpus) {
                        sink += engine.check(drafts.create(r)).violations().size();
                    }
                }
                corpusUs[round] = (threads.getCurrentThreadCpuTime() - started) / 1e3 / (passes * corpus.size());
                corpusBytes[round] = (threads.getThreadAllocatedBytes(thread) - bytes) / (double) (passes * corpus.size());
                started = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < 300; i++) {
                    sink += engine.check(drafts.create(message2000)).violations().size();
                }
                message2000Us[round] = (threads.getCurrentThreadCpuTime() - started) / 1e3 / 300;
                started = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < 3_000; i++) {
                    sink += engine.check(drafts.create(shortMessage)).violations().size();
                }
                shortUs[round] = (threads.getCurrentThreadCpuTime() - started) / 1e3 / 3_000;
            }
            System.out.printf("%nCPU time per check over %d rounds (min / median), violations seen %d%n", rounds, sink);
            System.out.printf("corpus message  %6.2f / %6.2f us, %.0f bytes allocated%n", min(corpusUs), median(corpusUs),
                    median(corpusBytes));
            System.out.printf("2,000 chars     %6.2f / %6.2f us%n", min(message2000Us), median(message2000Us));
            System.out.printf("short message   %6.2f / %6.2f us%n", min(shortUs), median(shortUs));
        }
    }
}
