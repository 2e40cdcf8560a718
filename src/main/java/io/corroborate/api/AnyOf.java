package io.corroborate.api;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

import java.util.Collection;

/**
 * The HQL function {@code any_of(column, :ids)}: true when the column equals one element of an array
 * parameter, rendered as PostgreSQL's {@code column = any(?)}. One parameter whatever the list's length
 * (an {@code in} list binds one parameter per id, and PostgreSQL refuses more than 65,535), and the
 * column's index still serves the lookup. Also {@code shares_any(textArrayColumn, :values)}: the column holds
 * at least one of the values.
 */
public class AnyOf implements FunctionContributor {

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        var bool = functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN);
        functions.getFunctionRegistry().registerPattern("any_of", "(?1 = any(?2))", bool);
        functions.getFunctionRegistry().registerPattern("shares_any", "(?1 && cast(?2 as text[]))", bool);
    }

    /** Internal ids as one array parameter (typed Object, so that Panache's varargs take it as one parameter). */
    public static Object ids(Collection<Long> ids) {
        return ids.toArray(Long[]::new);
    }

    /** Public ids (keys) as one array parameter (typed Object, as above). */
    public static Object keys(Collection<String> keys) {
        return keys.toArray(String[]::new);
    }
}
