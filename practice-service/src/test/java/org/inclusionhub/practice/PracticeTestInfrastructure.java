package org.inclusionhub.practice;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.inclusionhub.commons.testing.InfrastructureTestResource;

/** Every test of this module runs against the local PostgreSQL (database practice_test) and a real Kafka broker. */
@QuarkusTestResource(value = InfrastructureTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "practice_test"),
        @ResourceArg(name = "role", value = "practice")})
public class PracticeTestInfrastructure {
}
