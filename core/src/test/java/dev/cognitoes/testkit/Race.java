package dev.cognitoes.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Starts contenders at the same instant, each on its own thread, and collects what each answered. */
public final class Race {

    private Race() {
    }

    /**
     * @param contender the work of contender {@code i}, built before the start; what it answers is collected
     * @return the answers, in contender order
     */
    public static List<String> run(int contenders, Duration timeout, IntFunction<Callable<String>> contender)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(contenders);
        try {
            CountDownLatch ready = new CountDownLatch(contenders);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < contenders; i++) {
                Callable<String> work = contender.apply(i);
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return work.call();
                }));
            }
            ready.await();
            go.countDown();
            List<String> answers = new ArrayList<>();
            for (Future<String> future : futures) {
                answers.add(future.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }
}
