package dev.cognitoes.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time and resident memory of a process from {@code /proc}. With {@code withChildren}, the CPU time of the
 * process's live children and of the children it has reaped is included: PostgreSQL's backends are children of
 * the postmaster.
 */
final class ProcessStats {

    private final long pid;
    private final boolean withChildren;
    private final double ticksPerSecond;

    ProcessStats(long pid, boolean withChildren, double ticksPerSecond) {
        this.pid = pid;
        this.withChildren = withChildren;
        this.ticksPerSecond = ticksPerSecond;
    }

    /** CPU seconds used so far (user and system). */
    double cpuSeconds() {
        long ticks = 0;
        List<String> own = stat(pid);
        ticks += Long.parseLong(own.get(11)) + Long.parseLong(own.get(12));
        if (withChildren) {
            ticks += Long.parseLong(own.get(13)) + Long.parseLong(own.get(14));
            try (Stream<Path> all = Files.list(Path.of("/proc"))) {
                for (Path p : (Iterable<Path>) all::iterator) {
                    String name = p.getFileName().toString();
                    if (!name.chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    List<String> child = statOrNull(Long.parseLong(name));
                    if (child != null && Long.parseLong(child.get(1)) == pid) {
                        ticks += Long.parseLong(child.get(11)) + Long.parseLong(child.get(12));
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return ticks / ticksPerSecond;
    }

    /** Resident set size in MiB. */
    double rssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Double.NaN;
    }

    private static List<String> stat(long pid) {
        List<String> fields = statOrNull(pid);
        if (fields == null) {
            throw new IllegalStateException("process " + pid + " is gone");
        }
        return fields;
    }

    /** The fields after the command name: index 0 is the state, 1 the parent, 11 utime, 12 stime, 13/14 cutime/cstime. */
    private static List<String> statOrNull(long pid) {
        try {
            String text = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return List.of(text.substring(text.lastIndexOf(')') + 2).trim().split(" "));
        } catch (IOException gone) {
            return null;
        }
    }
}
