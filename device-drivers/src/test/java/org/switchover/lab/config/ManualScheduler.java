package org.switchover.lab.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@link TimeoutScheduler} driven by the test: time moves only when {@link #advance} is called. */
final class ManualScheduler implements TimeoutScheduler {
    private record Task(Duration due, Runnable run, boolean[] cancelled) {}

    private final List<Task> tasks = new ArrayList<>();
    private Duration now = Duration.ZERO;

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        boolean[] cancelled = {false};
        tasks.add(new Task(now.plus(delay), task, cancelled));
        return () -> cancelled[0] = true;
    }

    void advance(Duration by) {
        now = now.plus(by);
        List<Task> due = tasks.stream().filter(t -> t.due().compareTo(now) <= 0).toList();
        tasks.removeAll(due);
        due.stream().filter(t -> !t.cancelled()[0]).forEach(t -> t.run().run());
    }

    long live() {
        return tasks.stream().filter(t -> !t.cancelled()[0]).count();
    }
}
