package org.jixiao.index.solr;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.apache.solr.client.solrj.SolrRequest;
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
    /**
     * How long a node may take to answer. The JDK client's own request timeout does not always fire
     * when a node goes away under an open HTTP/2 connection (a request was seen waiting for ever), so
     * every request is also awaited no longer than this, then counted as the node's failure.
     */
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(20);
    /** A node that failed is asked again only after this long, while another node may answer. */
    private static final Duration QUARANTINE = Duration.ofSeconds(30);

    private final List<String> urls;
    private final List<HttpJdkSolrClient> clients = new ArrayList<>();
    private final String collection;
    private final Duration patience;
    /** The node asked first; moves on when it fails, so one dead node costs one failed request, not one each. */
    private final AtomicInteger preferred = new AtomicInteger();
    /** When each node last failed (System.nanoTime), or 0. */
    private final AtomicLongArray failedAt;
    /** Runs the requests, so that one whose answer never comes can be abandoned. */
    private final ExecutorService senders = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "jixiao-solr-request");
        thread.setDaemon(true);
        return thread;
    });

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
        this.failedAt = new AtomicLongArray(urls.size());
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
            int node = choose();
            HttpJdkSolrClient client = clients.get(node);
            Future<T> answer = senders.submit(() -> request.process(client, collection));
            try {
                return answer.get(ANSWER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                answer.cancel(true);
                last = new IOException("no answer from " + urls.get(node) + " within " + ANSWER_TIMEOUT.toSeconds() + " s", e);
            } catch (InterruptedException e) {
                answer.cancel(true);
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for Solr", e);
            } catch (ExecutionException failure) {
                Exception e = failure.getCause() instanceof Exception cause ? cause : failure;
                if (e instanceof SolrException solr && solr.code() < 500) {
                    throw new IOException("Solr refused a request to collection " + collection + " at " + urls.get(node)
                            + ": " + solr.getMessage(), solr);
                }
                // the node cannot be reached, went away while answering, has no leader yet, is shutting down
                last = e;
            }
            failedAt.set(node, System.nanoTime());
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

    /** The preferred node, unless it failed lately and another did not; then that one. */
    private int choose() {
        int first = Math.floorMod(preferred.get(), clients.size());
        long now = System.nanoTime();
        for (int i = 0; i < clients.size(); i++) {
            int node = (first + i) % clients.size();
            long failed = failedAt.get(node);
            if (failed == 0 || now - failed > QUARANTINE.toNanos()) {
                return node;
            }
        }
        return first;
    }

    @Override
    public void close() throws IOException {
        senders.shutdownNow();
        for (HttpJdkSolrClient client : clients) {
            try {
                client.close();
            } catch (RuntimeException e) {
                // a request abandoned to a node that never answered keeps a thread of the client's pool,
                // which its close then waits for in vain; everything else of the client is released
            }
        }
    }
}
