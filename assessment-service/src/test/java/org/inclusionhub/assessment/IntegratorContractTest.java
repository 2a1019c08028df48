package org.inclusionhub.assessment;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;

@QuarkusTest
class IntegratorContractTest extends org.inclusionhub.commons.testing.IntegratorContractTest {

    @Override
    protected List<String> publicReads() {
        return List.of("/api/v1/frameworks", "/api/v1/frameworks/spring-gpc/statistics");
    }

    @Override
    protected String readWithParameter() {
        return "/api/v1/frameworks/spring-gpc/statistics?version=1";
    }
}
