package org.inclusionhub.commons.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.inclusionhub.commons.domain.Violation;
import org.junit.jupiter.api.Test;

/** What one problem answer lists: a body with 200 000 unknown keys answered 15.7 MB naming each. */
class ProblemTest {

    @Test
    void aProblemListsTheFirstHundredViolationsAndSaysHowManyThereAre() {
        List<Violation> many = IntStream.range(0, 200_000).mapToObj(i -> new Violation("answers.k" + i, "is not a question")).toList();

        Problem problem = ApiProblem.invalid(many).problem();

        assertThat(problem.violations()).hasSize(Problem.MAX_LISTED).first().isEqualTo(many.get(0));
        assertThat(problem.detail()).contains("200000").contains("first " + Problem.MAX_LISTED);
    }

    @Test
    void aProblemListsEveryErrorUpToTheLimit() {
        List<Violation> few = List.of(new Violation("name", "is required"), new Violation("country", "is required"));

        Problem problem = ApiProblem.invalid(few).problem();

        assertThat(problem.violations()).isEqualTo(few);
        assertThat(problem.detail()).isEqualTo("2 field(s) are not valid");
        List<String> errors = IntStream.range(0, 150).mapToObj(i -> "row " + i).toList();
        assertThat(Problem.of(ProblemType.UNPROCESSABLE, "rows are wrong").withErrors(errors).errors()).hasSize(Problem.MAX_LISTED);
    }
}
