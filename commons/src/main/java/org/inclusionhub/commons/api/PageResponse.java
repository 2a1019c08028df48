package org.inclusionhub.commons.api;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list: its items, where it is, how many there are in all and, where the list offers keyset paging,
 * the cursor of the next page.
 */
public record PageResponse<T>(@Schema(required = true) List<T> items, @Schema(required = true) int page,
        @Schema(required = true) int size, @Schema(required = true, description = "Items matching, on all pages") long total,
        @Schema(required = true) int totalPages,
        @Schema(description = "The cursor of the next page (send it as cursor; also in the Link header), null on the "
                + "last page; keyset pages neither repeat nor skip items that change between requests",
                examples = "YzEKMjAyNi0xMi0wNlQyMjowMDowMFoKM2YwYzJiOGUtOGE0ZS00YzhlLTlkMWUtMmI3ZjVlMGE5YzQx")
        String next) {

    public static <T> PageResponse<T> of(List<T> items, int page, int size, long total) {
        return new PageResponse<>(items, page, size, total, (int) ((total + size - 1) / size), null);
    }

    /** This page with the cursor of the next one (null on the last page). */
    public PageResponse<T> withNext(String cursor) {
        return new PageResponse<>(items, page, size, total, totalPages, cursor);
    }

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, total, totalPages, next);
    }
}
