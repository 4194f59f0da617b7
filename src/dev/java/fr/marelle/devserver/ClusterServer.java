package fr.marelle.devserver;

import java.nio.file.Path;

/**
 * {@code mvn -Pcluster}: two portal nodes and HAProxy on 127.0.0.1 with the embedded PostgreSQL and demo
 * town under target/cluster (see {@link Cluster} for the ports, from 18110 or -Dcluster.port). Ctrl-C stops all.
 */
public final class ClusterServer {

    private ClusterServer() {
    }

    public static void main(String[] args) throws Exception {
        int base = Integer.getInteger("cluster.port", 18110);
        int count = Integer.getInteger("cluster.nodes", 2);
        Cluster cluster = Cluster.start(base, count, Path.of("target/cluster"), true);
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close));
        System.out.println("\n" + "=".repeat(72) + "\n  Marelle on " + count + " nodes: " + cluster.url() + "/\n"
                + "  Database: " + cluster.dbUrl() + "\n  Logs: target/cluster/node*.log, haproxy.log\n"
                + "  Demo logins as with mvn -Prun. Stop with Ctrl-C.\n" + "=".repeat(72));
        for (Cluster.Node node : cluster.nodes()) {
            node.process().waitFor();
        }
    }
}
