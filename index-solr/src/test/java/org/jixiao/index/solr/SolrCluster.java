package org.jixiao.index.solr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/** A real SolrCloud in this JVM: two nodes, a collection of two shards with two replicas each, on the generated configset. */
final class SolrCluster implements AutoCloseable {

    static final String COLLECTION = "records";
    private static final String CONFIGSET = "jixiao";

    private final MiniSolrCloudCluster cluster;

    private SolrCluster(MiniSolrCloudCluster cluster) {
        this.cluster = cluster;
    }

    static SolrCluster start(Path dir) throws Exception {
        Path conf = dir.resolve("configset");
        SolrConfigset.writeConf(conf);
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, dir.resolve("nodes"))
                .addConfig(CONFIGSET, conf).build();
        try {
            CollectionAdminRequest.createCollection(COLLECTION, CONFIGSET, 2, 2).process(cluster.getSolrClient());
            cluster.waitForActiveCollection(COLLECTION, 2, 4);
            return new SolrCluster(cluster);
        } catch (Exception e) {
            cluster.shutdown();
            throw e;
        }
    }

    /** The base URLs of the nodes, as a user gives them with {@code --solr}. */
    List<String> nodeUrls() {
        return cluster.getJettySolrRunners().stream().map(node -> node.getBaseUrl().toString()).toList();
    }

    /** The base URLs of the nodes running now. */
    List<String> liveNodeUrls() {
        return cluster.getJettySolrRunners().stream().filter(JettySolrRunner::isRunning)
                .map(node -> node.getBaseUrl().toString()).toList();
    }

    /** Removes every entry of the collection. */
    void clear() throws Exception {
        cluster.getSolrClient().deleteByQuery(COLLECTION, "*:*");
        cluster.getSolrClient().commit(COLLECTION);
    }

    JettySolrRunner node(int index) {
        return cluster.getJettySolrRunner(index);
    }

    void stop(JettySolrRunner node) throws Exception {
        cluster.stopJettySolrRunner(node);
        cluster.waitForJettyToStop(node);
    }

    void startAgain(JettySolrRunner node) throws Exception {
        cluster.startJettySolrRunner(node);
        cluster.waitForNode(node, 60);
        cluster.waitForActiveCollection(COLLECTION, 2, 4);
    }

    @Override
    public void close() throws IOException {
        try {
            // the cluster stops every node it started, and fails on one stopped already (a test that failed midway)
            for (JettySolrRunner node : cluster.getJettySolrRunners()) {
                if (node.isStopped()) {
                    cluster.startJettySolrRunner(node);
                }
            }
            cluster.shutdown();
        } catch (Exception e) {
            throw new IOException("the Solr test cluster did not shut down", e);
        }
    }
}
