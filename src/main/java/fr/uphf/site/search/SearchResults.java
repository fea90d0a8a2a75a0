package fr.uphf.site.search;

import java.util.List;

/**
 * One page of results for a query, with the number of hits ranked (0 when this page has none: unknown) and whether
 * more pages hold the words than were ranked.
 */
public record SearchResults(SearchQuery query, List<SearchHit> hits, long total, boolean more) {

    public int pageCount() {
        return (int) ((total + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE);
    }

    /** The rank of the first hit on this page, counted from 1. */
    public int firstRank() {
        return query.offset() + 1;
    }

    public int lastRank() {
        return query.offset() + hits.size();
    }

    public boolean hasPrevious() {
        return query.page() > 1;
    }

    public boolean hasNext() {
        return query.page() < pageCount();
    }

    /** A page number past the last page of results, as in an old or edited address. */
    public boolean pastTheEnd() {
        return hits.isEmpty() && query.page() > 1;
    }
}
