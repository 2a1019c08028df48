package org.inclusionhub.assessment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.inclusionhub.commons.testing.InfrastructureTestResource;

/** Every test of this module runs against the local PostgreSQL (database assessment_test) and a real Kafka broker. */
@QuarkusTestResource(value = InfrastructureTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "assessment_test"),
        @ResourceArg(name = "role", value = "assessment")})
public class AssessmentTestInfrastructure {
}
