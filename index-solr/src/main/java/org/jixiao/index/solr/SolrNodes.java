package org.jixiao.index.solr;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.response.SolrResponseBase;
import org.apache.solr.common.SolrException;

/**
 * The nodes of a SolrCloud cluster, reached over the JDK's HTTP client. Any node routes a request to
 * the shards it concerns, so a request goes to one node and, when that node is down or a shard is
 * electing a new leader, again to the next one after a pause, until {@link #patience} runs out. Every
 * request the store sends is idempotent (a block replaced by its key, a delete by key, a commit), so a
 * request repeated after a failure that may or may not have applied it does no harm.
 */
final class SolrNodes implements Closeable {

    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(2);

    private final List<String> urls;
    private final List<HttpJdkSolrClient> clients = new ArrayList<>();
    private final String collection;
    private final Duration patience;
    /** The node asked first; moves on when it fails, so one dead node costs one failed request, not one each. */
    private final AtomicInteger preferred = new AtomicInteger();

    /**
     * @param urls       base URLs of one or more nodes, such as {@code http://solr1:8983/solr}
     * @param patience   how long a request is retried across the nodes before it fails
     */
    SolrNodes(List<String> urls, String collection, Duration patience) {
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("no Solr node URL given");
        }
        this.urls = List.copyOf(urls);
        this.collection = collection;
        this.patience = patience;
        for (String url : urls) {
            clients.add(new HttpJdkSolrClient.Builder(url.replaceAll("/+$", ""))
                    .withConnectionTimeout(5, TimeUnit.SECONDS)
                    .withRequestTimeout(120, TimeUnit.SECONDS)
                    .build());
        }
    }

    String collection() {
        return collection;
    }

    <T extends SolrResponseBase> T request(SolrRequest<T> request) throws IOException {
        return request(request, patience);
    }

    /** A request retried for {@code within} rather than the usual patience. */
    <T extends SolrResponseBase> T request(SolrRequest<T> request, Duration within) throws IOException {
        long deadline = System.nanoTime() + within.toNanos();
        Duration pause = FIRST_PAUSE;
        Exception last;
        while (true) {
            int node = Math.floorMod(preferred.get(), clients.size());
            try {
                return request.process(clients.get(node), collection);
            } catch (SolrServerException | IOException e) {
                last = e; // the node cannot be reached, or went away while answering
            } catch (SolrException e) {
                if (e.code() < 500) {
                    throw new IOException("Solr refused a request to collection " + collection + " at " + urls.get(node)
                            + ": " + e.getMessage(), e);
                }
                last = e; // no leader yet, a replica recovering, the node shutting down
            }
            preferred.compareAndSet(node, node + 1);
            if (System.nanoTime() + pause.toNanos() > deadline) {
                throw new IOException("Solr collection " + collection + " cannot be reached at " + String.join(", ", urls)
                        + " (tried for " + within.toSeconds() + " s): " + last.getMessage(), last);
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for Solr", e);
            }
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }

    @Override
    public void close() throws IOException {
        for (HttpJdkSolrClient client : clients) {
            client.close();
        }
    }
}
