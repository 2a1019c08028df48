package org.inclusionhub.commons.api;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: its items, where it is, and how many there are in all. */
public record PageResponse<T>(@Schema(required = true) List<T> items, @Schema(required = true) int page,
        @Schema(required = true) int size, @Schema(required = true, description = "Items matching, on all pages") long total,
        @Schema(required = true) int totalPages) {

    public static <T> PageResponse<T> of(List<T> items, int page, int size, long total) {
        return new PageResponse<>(items, page, size, total, (int) ((total + size - 1) / size));
    }

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, total, totalPages);
    }
}
