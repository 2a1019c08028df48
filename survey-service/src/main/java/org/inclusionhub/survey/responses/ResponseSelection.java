package org.inclusionhub.survey.responses;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.inclusionhub.commons.domain.InvalidInputException;
import org.inclusionhub.commons.domain.Violation;

/**
 * Which stored responses a list or an export covers: one survey; one version or all ({@code version}
 * null); the statuses; and, for incremental copies, only those changed at or after {@code updatedSince}
 * (inclusive, so a client that asks again from the last {@code updatedAt} it saw misses nothing).
 */
public record ResponseSelection(String surveyCode, Integer version, Set<ResponseStatus> statuses, Instant updatedSince) {

    public ResponseSelection {
        statuses = Set.copyOf(statuses);
    }

    /**
     * The statuses a {@code status} parameter names: {@code submitted}, {@code withdrawn} or {@code all};
     * {@code whenAbsent} when it names none.
     *
     * @throws InvalidInputException naming {@code status} for any other text
     */
    public static Set<ResponseStatus> statuses(String text, Set<ResponseStatus> whenAbsent) {
        if (text == null) {
            return whenAbsent;
        }
        if (text.equals("all")) {
            return EnumSet.allOf(ResponseStatus.class);
        }
        return ResponseStatus.fromCode(text).map(EnumSet::of).orElseThrow(() -> InvalidInputException.of(List.of(
                new Violation("status", "'" + text + "' is not one of " + Stream.concat(
                        Stream.of(ResponseStatus.values()).map(ResponseStatus::code), Stream.of("all")).toList()))));
    }
}
