package io.newsflow.localstack.esplugin;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.elasticsearch.cluster.node.DiscoveryNodes;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.PreBuiltAnalyzerProviderFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.indices.analysis.PreBuiltCacheFactory.CachingStrategy;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.rest.RestHandler;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Gives the local node what a real distribution gets from its analysis-common and rest-root modules, which are
 * not published on Maven Central: the {@code english} analyzer, the English stemming and ASCII folding token
 * filters, and {@code GET}/{@code HEAD /} (so {@code client.info()} and {@code client.ping()} work).
 * Everything is built from Lucene's own analysis classes, which are already on the server's module path, so
 * index mappings written for a production cluster behave the same here.
 */
public class LocalStackPlugin extends Plugin implements AnalysisPlugin, ActionPlugin {

    /** Set when the node builds its components; REST handlers are registered earlier than they are used. */
    private final AtomicReference<ClusterService> clusterService = new AtomicReference<>();

    @Override
    public Collection<?> createComponents(PluginServices services) {
        clusterService.set(services.clusterService());
        return List.of();
    }

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of("english", EnglishAnalyzerProvider::new);
    }

    /** Lets mappings and {@code _analyze} name {@code "english"} without declaring it in the index settings. */
    @Override
    public List<PreBuiltAnalyzerProviderFactory> getPreBuiltAnalyzerProviderFactories() {
        return List.of(new PreBuiltAnalyzerProviderFactory("english", CachingStrategy.LUCENE, EnglishAnalyzer::new));
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
            "stemmer", StemmerTokenFilterFactory::new,
            "porter_stem", (indexSettings, environment, name, settings) -> new StreamFilterFactory(name, PorterStemFilter::new),
            "kstem", (indexSettings, environment, name, settings) -> new StreamFilterFactory(name, KStemFilter::new),
            "asciifolding", AsciiFoldingTokenFilterFactory::new
        );
    }

    @Override
    public Collection<RestHandler> getRestHandlers(
        RestHandlersServices services,
        Supplier<DiscoveryNodes> nodesInCluster,
        Predicate<NodeFeature> clusterSupportsFeature
    ) {
        return List.of(new RootInfoRestHandler(clusterService::get));
    }
}
