package io.corroborate.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("PageInfo")
@Description("Where a page stands in its listing (Relay cursor connections).")
public record PageInfo(
        @Description("Whether more items follow this page: pass endCursor as `after` to get them.") boolean hasNextPage,
        @Description("Whether items precede this page: pass startCursor as `before` (with `last`) to get them.") boolean hasPreviousPage,
        @Description("Cursor of the first item of the page; null for an empty page.") String startCursor,
        @Description("Cursor of the last item of the page; null for an empty page.") String endCursor) {
}
