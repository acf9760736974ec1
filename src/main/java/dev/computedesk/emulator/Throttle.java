package dev.computedesk.emulator;

/**
 * ARM's regional token buckets (request-limits-and-throttling): reads 250 refilled 25/s, writes
 * 200 refilled 10/s, deletes 200 refilled 10/s. They run on real time, not the emulator clock,
 * because throttling is about the caller's real request rate.
 */
final class Throttle {
    enum Kind { READ, WRITE, DELETE }

    private static final class Bucket {
        final double capacity;
        final double perSecond;
        double tokens;
        long lastNanos;

        Bucket(double capacity, double perSecond) {
            this.capacity = capacity;
            this.perSecond = perSecond;
            this.tokens = capacity;
            this.lastNanos = System.nanoTime();
        }

        synchronized long take() {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (now - lastNanos) / 1e9 * perSecond);
            lastNanos = now;
            if (tokens >= 1) {
                tokens -= 1;
                return -1;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
        }

        synchronized long remaining() {
            return (long) Math.floor(tokens);
        }
    }

    private final Bucket reads = new Bucket(250, 25);
    private final Bucket writes = new Bucket(200, 10);
    private final Bucket deletes = new Bucket(200, 10);
    private volatile boolean on;

    Throttle(boolean on) {
        this.on = on;
    }

    void setOn(boolean value) {
        on = value;
    }

    boolean isOn() {
        return on;
    }

    private Bucket bucket(Kind kind) {
        return kind == Kind.READ ? reads : kind == Kind.WRITE ? writes : deletes;
    }

    /** Takes a token; returns -1 when allowed, or the seconds to wait before retrying. */
    long acquire(Kind kind) {
        return on ? bucket(kind).take() : -1;
    }

    long remaining(Kind kind) {
        return bucket(kind).remaining();
    }
}
