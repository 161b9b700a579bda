package io.newsflow.publish.index;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;

/**
 * The readers' alias on one index: filtered, so that retraction markers (documents that keep a
 * deleted article's version, see {@code bulk.DocumentOperations#retract}) are never found by readers.
 */
public final class ReaderAlias {

    /** The field that marks a retraction marker; the mapping has it. */
    public static final String RETRACTED = "retracted";

    private ReaderAlias() {
    }

    public static Query hidingRetractions() {
        return Query.of(q -> q.bool(b -> b.mustNot(m -> m.term(t -> t.field(RETRACTED).value(true)))));
    }

    /** Adds the readers' alias and the period's write alias to {@code index}. */
    public static Action[] add(IndexNames names, String index, String periodKey) {
        return new Action[]{
                Action.of(a -> a.add(add -> add.index(index).alias(names.alias()).filter(hidingRetractions()))),
                Action.of(a -> a.add(add -> add.index(index).alias(names.periodAlias(periodKey)).isWriteIndex(true)))};
    }
}
