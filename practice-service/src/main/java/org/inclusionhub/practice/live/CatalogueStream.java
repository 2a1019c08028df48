package org.inclusionhub.practice.live;

/**
 * The change stream of the catalogue figures (counts, newest practices, score bands): practice events and the
 * score projection record their subjects on it, and {@link LiveStatisticsResource} serves it.
 */
public final class CatalogueStream {

    public static final String NAME = "practices";

    private CatalogueStream() {
    }
}
