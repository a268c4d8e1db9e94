package talkwatch.store;

import java.util.concurrent.ThreadLocalRandom;

/** Names for the instances that share a database, as their claims on deliveries show them. */
final class Instances {

    private Instances() {}

    /** The host, the process and a random part: unique among instances, and telling an operator where it runs. */
    static String newName() {
        String host = System.getenv().getOrDefault("HOSTNAME", "").strip();
        return (host.isEmpty() ? "talkwatch" : host) + "-"
                + ProcessHandle.current().pid() + "-"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
    }
}
