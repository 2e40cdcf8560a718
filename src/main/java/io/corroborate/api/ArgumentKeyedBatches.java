package io.corroborate.api;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLObjectType;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import org.dataloader.BatchLoaderWithContext;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;

import java.util.TreeMap;

/**
 * Batched child fields with arguments, keyed by their arguments too. SmallRye GraphQL keeps one data
 * loader per field, so `consensus` and `majority: consensus(strategy: MAJORITY)` on the same parents
 * would share one batch (run with the first alias's arguments) and one cache (keyed by parent only),
 * silently answering the first alias twice. Here each distinct set of argument values gets its own
 * loader, with SmallRye's own batch function, registered in the request's registry so that it is
 * dispatched with the others.
 */
public class ArgumentKeyedBatches extends SimplePerformantInstrumentation {

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        if (!(fetcher instanceof BatchDataFetcher<?>)
                || parameters.getEnvironment().getFieldDefinition().getArguments().isEmpty()) {
            return fetcher;
        }
        return environment -> fetcher.get(keyed(environment));
    }

    private static DataFetchingEnvironment keyed(DataFetchingEnvironment environment) {
        String name = ((GraphQLObjectType) environment.getParentType()).getName() + "_" + environment.getField().getName();
        DataLoaderRegistry registry = environment.getDataLoaderRegistry();
        DataLoader<Object, Object> shared = registry.getDataLoader(name);
        if (shared == null) {
            return environment;
        }
        String key = name + new TreeMap<>(environment.getArguments());
        @SuppressWarnings("unchecked")
        DataLoader<Object, Object> own = registry.computeIfAbsent(key, k -> DataLoaderFactory.newDataLoader(k,
                (BatchLoaderWithContext<Object, Object>) shared.getBatchLoadFunction(), shared.getOptions()));
        return DataFetchingEnvironmentImpl.newDataFetchingEnvironment(environment).dataLoaderRegistry(new Redirect(registry, name, own)).build();
    }

    /** The request's loaders, except that the field's own name leads to the loader for these arguments. */
    private static final class Redirect extends DataLoaderRegistry {
        private final DataLoaderRegistry registry;
        private final String name;
        private final DataLoader<Object, Object> loader;

        Redirect(DataLoaderRegistry registry, String name, DataLoader<Object, Object> loader) {
            this.registry = registry;
            this.name = name;
            this.loader = loader;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <K, V> DataLoader<K, V> getDataLoader(String wanted) {
            return wanted.equals(name) ? (DataLoader<K, V>) loader : registry.getDataLoader(wanted);
        }
    }
}
