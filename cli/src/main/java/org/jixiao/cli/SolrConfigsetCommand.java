package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jixiao.index.solr.SolrConfigset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao solr-configset OUT.zip}: the SolrCloud configset of a jixiao collection, and its analyzer jar. */
@Command(name = "solr-configset", mixinStandardHelpOptions = true,
        description = {"Write the SolrCloud configset for --solr: conf/ (schema.xml generated from the index fields,",
                "solrconfig.xml) for `bin/solr zk upconfig`, and lib/" + SolrConfigset.ANALYZER_JAR
                        + " for each node's sharedLib ($SOLR_HOME/lib)."})
final class SolrConfigsetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(descriptionKey = "solr-configset-zip", paramLabel = "OUT.zip", description = "The zip to write.")
    Path zip;

    @Override
    public Integer call() throws IOException {
        SolrConfigset.writeZip(zip);
        PrintWriter out = spec.commandLine().getOut();
        out.println("configset: " + zip.toAbsolutePath());
        out.println("  unzip it; copy lib/*.jar into $SOLR_HOME/lib/ on every node and restart the nodes;");
        out.println("  bin/solr zk upconfig -n jixiao -d conf -z ZK_HOST;");
        out.println("  create the collection: /solr/admin/collections?action=CREATE&name=jixiao&collection.configName=jixiao"
                + "&numShards=2&replicationFactor=2");
        out.flush();
        return ExitCode.OK;
    }
}
