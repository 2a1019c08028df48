package org.inclusionhub.practice.practices.api;

import java.util.List;
import org.inclusionhub.practice.practices.Practices;

/**
 * One page of practices, the total number of matches and facet counts over all matches; {@code next} is the
 * cursor of the page after this one (null on the last), also sent as a Link header.
 */
public record PracticeListResponse(List<PracticeResponse> items, int page, int size, long total, int totalPages,
        String sort, Practices.Facets facets, String next) {
}
