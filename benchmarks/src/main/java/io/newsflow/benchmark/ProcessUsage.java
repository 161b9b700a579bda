package io.newsflow.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time and resident memory of a process, read from Linux's /proc (no agent, no JMX), so the
 * same reading works for the services, the broker and the node.
 */
record ProcessUsage(long pid, double cpuSeconds, long residentBytes) {

    // USER_HZ is 100 on every mainstream Linux build; /proc/<pid>/stat counts in those ticks.
    private static final double TICKS_PER_SECOND = 100.0;

    static ProcessUsage read(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // Fields after the command name (which may contain spaces) start after the last ')'.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            long rssKb = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> line.replaceAll("\\D", ""))
                    .mapToLong(Long::parseLong).findFirst().orElse(0);
            return new ProcessUsage(pid, ticks / TICKS_PER_SECOND, rssKb * 1024);
        } catch (IOException | RuntimeException e) {
            return new ProcessUsage(pid, Double.NaN, 0);
        }
    }

    /** Average cores used between an earlier reading and this one. */
    double coresSince(ProcessUsage earlier, double elapsedSeconds) {
        return (cpuSeconds - earlier.cpuSeconds) / elapsedSeconds;
    }
}
